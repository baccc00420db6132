import { reason } from './catalog';

const minutesEn = (minutes: number) => `${minutes} minute${minutes === 1 ? '' : 's'}`;
const minutesEs = (minutes: number) => `${minutes} minuto${minutes === 1 ? '' : 's'}`;

/** Refusals of the identity domain; each reads in every language (see catalog.ts). */
export const IDENTITY_REASONS = {
  // Signing in. A wrong email and a wrong password read the same, so neither tells which it was.
  SIGN_IN_NOT_MATCHED: reason(
    'UNAUTHENTICATED',
    () => "That email and password don't match an account. Check them and try again.",
    () =>
      'Ese correo y esa contraseña no coinciden con ninguna cuenta. Revísalos e inténtalo de nuevo.',
  ),
  SIGN_IN_CODE_REQUIRED: reason(
    'TOTP_REQUIRED',
    () => 'Enter the 6-digit code from your authenticator app.',
    () => 'Escribe el código de 6 dígitos de tu aplicación de autenticación.',
  ),
  SIGN_IN_CODE_NOT_MATCHED: reason(
    'UNAUTHENTICATED',
    () => "That code didn't match. Codes change every 30 seconds: try the newest one.",
    () =>
      'Ese código no coincide. Los códigos cambian cada 30 segundos: prueba con el más reciente.',
  ),
  SIGN_IN_RECOVERY_CODE_NOT_MATCHED: reason(
    'UNAUTHENTICATED',
    () => "That recovery code isn't one of yours, or it was used already. Each code works once.",
    () =>
      'Ese código de recuperación no es uno de los tuyos, o ya se usó. Cada código sirve una sola vez.',
  ),
  SIGN_IN_THROTTLED: reason<{ minutes: number }>(
    'TOO_MANY_REQUESTS',
    ({ minutes }) =>
      `Too many sign-in attempts. To keep the account safe, please wait ${minutesEn(minutes)} and try again.`,
    ({ minutes }) =>
      `Hubo muchos intentos de inicio de sesión. Para cuidar la cuenta, espera ${minutesEs(minutes)} y vuelve a intentarlo.`,
  ),

  // Passwords.
  PASSWORD_TOO_SHORT: reason<{ minLength: number }>(
    'BAD_USER_INPUT',
    ({ minLength }) =>
      `Choose a password of at least ${minLength} characters. A few words in a row is easy to remember.`,
    ({ minLength }) =>
      `Elige una contraseña de al menos ${minLength} caracteres. Unas cuantas palabras seguidas son fáciles de recordar.`,
  ),
  PASSWORD_TOO_LONG: reason<{ maxLength: number }>(
    'BAD_USER_INPUT',
    ({ maxLength }) => `Choose a password of at most ${maxLength} characters.`,
    ({ maxLength }) => `Elige una contraseña de ${maxLength} caracteres como máximo.`,
  ),
  PASSWORD_TOO_COMMON: reason(
    'BAD_USER_INPUT',
    () =>
      'That password is one of the most commonly used ones. Choose something only you would think of.',
    () => 'Esa contraseña es una de las más usadas. Elige algo que solo se te ocurriría a ti.',
  ),
  CURRENT_PASSWORD_NOT_MATCHED: reason(
    'BAD_USER_INPUT',
    () => 'Your current password is not right. Check it and try again.',
    () => 'Tu contraseña actual no es correcta. Revísala e inténtalo de nuevo.',
  ),

  // Forgotten passwords. The answer to a request never says whether the address has an account.
  PASSWORD_RESET_THROTTLED: reason<{ minutes: number }>(
    'TOO_MANY_REQUESTS',
    ({ minutes }) =>
      `You've asked for several links in a short time. To keep accounts safe, please wait ${minutesEn(minutes)} and ask again.`,
    ({ minutes }) =>
      `Pediste varios enlaces en poco tiempo. Para cuidar las cuentas, espera ${minutesEs(minutes)} y vuelve a pedirlo.`,
  ),
  PASSWORD_RESET_LINK_NOT_USABLE: reason(
    'CONFLICT',
    () =>
      'This link was already used or has expired. Ask for a new one from the sign-in page: it only takes a moment.',
    () =>
      'Este enlace ya se usó o ya venció. Pide uno nuevo desde la página de inicio de sesión: solo toma un momento.',
  ),

  // Two-step sign-in and the person's own settings.
  TOTP_ALREADY_ON: reason(
    'CONFLICT',
    () => 'Two-step sign-in is already on for your account.',
    () => 'El inicio de sesión en dos pasos ya está activado en tu cuenta.',
  ),
  TOTP_NOT_STARTED: reason(
    'CONFLICT',
    () => 'Start setting up two-step sign-in first.',
    () => 'Primero empieza a configurar el inicio de sesión en dos pasos.',
  ),
  TOTP_CODE_NOT_MATCHED: reason(
    'BAD_USER_INPUT',
    () => "That code didn't match. Check the time on your phone and enter the newest code.",
    () => 'Ese código no coincide. Revisa la hora de tu teléfono y escribe el código más reciente.',
  ),
  TOTP_NOT_ON: reason(
    'CONFLICT',
    () => 'Turn on two-step sign-in first: recovery codes come with it.',
    () =>
      'Primero activa el inicio de sesión en dos pasos: los códigos de recuperación vienen con él.',
  ),
  /** REQUIRE_STAFF_MFA: staff without a second factor may only set one up (or sign out). */
  MFA_ENROLMENT_REQUIRED: reason(
    'FORBIDDEN',
    () =>
      'Your program asks staff to turn on two-step sign-in before anything else. Set it up with an authenticator app: it takes a minute.',
    () =>
      'Tu programa pide al personal que active el inicio de sesión en dos pasos antes de nada. Configúralo con una aplicación de autenticación: toma un minuto.',
  ),
  TIME_ZONE_UNKNOWN: reason(
    'BAD_USER_INPUT',
    () => 'Choose a time zone from the list, like America/Chicago.',
    () => 'Elige una zona horaria de la lista, como America/Chicago.',
  ),

  // People.
  /** An administrator cannot disable (or enable) their own membership. */
  PERSON_OWN_ACCESS: reason(
    'FORBIDDEN',
    () =>
      'You cannot change your own access to the program. Ask another administrator if it needs to be done.',
    () =>
      'No puedes cambiar tu propio acceso al programa. Si hace falta, pídeselo a otro administrador o administradora.',
  ),

  // Invitations.
  INVITATION_LINK_INVALID: reason(
    'NOT_FOUND',
    () => "This invitation link isn't valid. Ask the person who invited you for a new one.",
    () => 'Este enlace de invitación no es válido. Pídele uno nuevo a la persona que te invitó.',
  ),
  INVITATION_EXPIRED: reason(
    'BAD_USER_INPUT',
    () => 'This invitation has expired. Ask the person who invited you to send a new one.',
    () => 'Esta invitación ya venció. Pídele a la persona que te invitó que te envíe una nueva.',
  ),
  INVITATION_USED: reason(
    'CONFLICT',
    () => 'This invitation has already been used. Sign in with your email and password.',
    () => 'Esta invitación ya se usó. Inicia sesión con tu correo y tu contraseña.',
  ),
  INVITATION_AWAITING_APPROVAL: reason(
    'CONFLICT',
    () =>
      'This invitation is waiting for approval. The link will work as soon as it is approved; please try again later.',
    () =>
      'Esta invitación está esperando aprobación. El enlace funcionará en cuanto se apruebe; inténtalo de nuevo más tarde.',
  ),
  INVITATION_EMAIL_ALREADY_MEMBER: reason<{ email: string }>(
    'CONFLICT',
    ({ email }) => `${email} already has an account in this program.`,
    ({ email }) => `${email} ya tiene una cuenta en este programa.`,
  ),
  INVITATION_EMAIL_OTHER_ACCOUNT: reason(
    'CONFLICT',
    () =>
      'This email already has a different account in this program. Ask your counselor to sort it out with you.',
    () =>
      'Este correo ya tiene otra cuenta en este programa. Pídele a tu consejero o consejera que lo resuelva contigo.',
  ),
  INVITATION_PASSWORD_NOT_MATCHED: reason(
    'BAD_USER_INPUT',
    () =>
      'That password does not match. If you already use Homeward, enter your Homeward password.',
    () => 'Esa contraseña no coincide. Si ya usas Homeward, escribe tu contraseña de Homeward.',
  ),
  INVITATION_BELONGS_TO_PLAN: reason(
    'CONFLICT',
    () => 'This invitation belongs to a plan: take the person off the plan instead.',
    () => 'Esta invitación pertenece a un plan: en su lugar, saca a la persona del plan.',
  ),
  INVITATION_NOT_PENDING: reason(
    'CONFLICT',
    () => 'Only a pending invitation can be withdrawn.',
    () => 'Solo se puede retirar una invitación en espera.',
  ),

  // Setting up a program (`npm run org:create`) and reading its audit trail.
  ORGANIZATION_NAME_TAKEN: reason<{ name: string }>(
    'CONFLICT',
    ({ name }) =>
      `There is already a program called "${name}". Choose another name, or invite people to that one from its staff portal.`,
    ({ name }) =>
      `Ya hay un programa llamado «${name}». Elige otro nombre, o invita a personas a ese desde su portal del equipo.`,
  ),
  AUDIT_RANGE_BACKWARDS: reason(
    'BAD_USER_INPUT',
    () => 'Choose a first day on or before the last day.',
    () => 'Elige un primer día igual o anterior al último.',
  ),
  AUDIT_EXPORT_TOO_LARGE: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) =>
      `Those days hold more than ${max} events. Choose fewer days and export them in parts.`,
    ({ max }) =>
      `Esos días tienen más de ${max} eventos. Elige menos días y expórtalos por partes.`,
  ),
};

import { reason } from './catalog';

/** A plan's status, as its refusals name it. */
type PlanStatusName = 'DRAFT' | 'ACTIVE' | 'PAUSED' | 'COMPLETED' | 'CLOSED';

const PLAN_STATUS_ES: Record<PlanStatusName, string> = {
  DRAFT: 'en preparación',
  ACTIVE: 'activo',
  PAUSED: 'en pausa',
  COMPLETED: 'completado',
  CLOSED: 'cerrado',
};

/** Refusals of the planning domain; each reads in every language (see catalog.ts). */
export const PLANNING_REASONS = {
  // Plans
  PLAN_NEEDS_PATIENT_ROLE: reason(
    'BAD_USER_INPUT',
    () => 'A plan is made for someone with the patient role.',
    () => 'Un plan se hace para alguien con el rol de persona en recuperación.',
  ),
  PLAN_ALREADY_OPEN: reason(
    'CONFLICT',
    () => 'This patient already has an open plan. Close it before starting a new one.',
    () =>
      'Esta persona en recuperación ya tiene un plan abierto. Ciérralo antes de empezar uno nuevo.',
  ),
  PLAN_COUNSELOR_NOT_STAFF: reason(
    'BAD_USER_INPUT',
    () => 'The primary counselor must be a member of staff.',
    () => 'El consejero principal tiene que ser parte del personal.',
  ),
  PLAN_NOTHING_TO_CHANGE: reason(
    'BAD_USER_INPUT',
    () => 'Nothing to change: give a new target date or primary counselor.',
    () =>
      'No hay nada que cambiar: indica una nueva fecha deseada de regreso a casa o un nuevo consejero principal.',
  ),
  PLAN_CLOSED_START_NEW: reason(
    'CONFLICT',
    () => 'This plan is closed; start a new plan instead.',
    () => 'Este plan está cerrado; puedes empezar un plan nuevo.',
  ),
  PLAN_ALREADY_IN_STATUS: reason<{ status: PlanStatusName }>(
    'CONFLICT',
    ({ status }) => `The plan is already ${status.toLowerCase()}.`,
    ({ status }) => `El plan ya está ${PLAN_STATUS_ES[status] ?? status.toLowerCase()}.`,
  ),

  // People on a plan
  PLAN_MEMBER_PLAN_CLOSED: reason(
    'CONFLICT',
    () => 'This plan is closed.',
    () => 'Este plan está cerrado.',
  ),
  PLAN_MEMBER_EMAIL_HAS_OTHER_ROLE: reason(
    'BAD_USER_INPUT',
    () =>
      'That email belongs to someone with another role in this program. Use the email they use as family.',
    () =>
      'Ese correo pertenece a alguien con otro rol en este programa. Usa el correo que esa persona usa como familiar.',
  ),
  /** `name`: the name the counselor gave, as they typed it. */
  PLAN_MEMBER_ALREADY_ON_PLAN: reason<{ name: string }>(
    'CONFLICT',
    ({ name }) => `${name} is already on this plan or waiting to join it.`,
    ({ name }) => `${name} ya está en este plan o espera para unirse.`,
  ),
  PLAN_MEMBER_ALREADY_ANSWERED: reason(
    'CONFLICT',
    () => 'You have already answered this invitation.',
    () => 'Ya respondiste a esta invitación.',
  ),
  PLAN_MEMBER_RESTRICTION_NOT_STAFF: reason(
    'BAD_USER_INPUT',
    () => 'Contact restrictions apply to the patient and family.',
    () => 'Las restricciones de contacto son para la persona en recuperación y la familia.',
  ),
  PLAN_MEMBER_PATIENT_STAYS: reason(
    'BAD_USER_INPUT',
    () => 'The patient stays on their plan; close the plan instead.',
    () => 'La persona en recuperación sigue en su plan; si hace falta, cierra el plan.',
  ),
  PLAN_MEMBER_ALREADY_REMOVED: reason(
    'CONFLICT',
    () => 'This person is already off the plan.',
    () => 'Esta persona ya no está en el plan.',
  ),

  // Consents
  CONSENT_RECIPIENT_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'A consent is given to a family member who is on your plan.',
    () => 'Un consentimiento se da a un familiar que está en tu plan.',
  ),
  /** `name`: the patient's account name, which they type to sign. */
  CONSENT_SIGNATURE_MISMATCH: reason<{ name: string }>(
    'BAD_USER_INPUT',
    ({ name }) => `To sign, type your full name as it is on your account: ${name}.`,
    ({ name }) => `Para firmar, escribe tu nombre completo como aparece en tu cuenta: ${name}.`,
  ),
  CONSENT_ENDS_IN_PAST: reason(
    'BAD_USER_INPUT',
    () => 'Choose an end date in the future.',
    () => 'Elige una fecha de fin en el futuro.',
  ),
  CONSENT_TOO_LONG: reason(
    'BAD_USER_INPUT',
    () => 'A consent can last two years at most.',
    () => 'Un consentimiento puede durar dos años como máximo.',
  ),
  CONSENT_ALREADY_REVOKED: reason(
    'CONFLICT',
    () => 'This consent was already revoked.',
    () => 'Este consentimiento ya se había revocado.',
  ),
  DISCLOSURE_PAGE_INVALID: reason(
    'BAD_USER_INPUT',
    () => 'That page link is no longer valid. Start again from the first page.',
    () => 'Ese enlace de página ya no es válido. Vuelve a empezar desde la primera página.',
  ),
};

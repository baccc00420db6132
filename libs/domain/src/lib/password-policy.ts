/** DESIGN rule 8: 15 to 128 characters, and not one of the commonly used passwords. */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON';

/**
 * Checks a new password. `isCommon` is injected so the web can check length alone while the
 * API also checks its list of common passwords.
 */
export function passwordProblem(
  password: string,
  isCommon: (candidate: string) => boolean = () => false,
): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  if (isCommon(password.toLowerCase())) return 'TOO_COMMON';
  return null;
}

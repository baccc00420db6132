import { isStaff, Role } from './roles';

/** How many recovery codes a staff member is given at once (each works one time). */
export const RECOVERY_CODE_COUNT = 10;

/**
 * The letters a recovery code is made of: no 0/O, 1/I/L or U/V, so a code read off paper is
 * typed back right.
 */
export const RECOVERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';

/** Ten letters, shown as two groups of five (`K7QX2-M9TRW`). */
export const RECOVERY_CODE_LENGTH = 10;

/**
 * A recovery code as typed (any case, spaces or dashes anywhere) in its one stored form, or
 * null when it cannot be one.
 */
export function normalizeRecoveryCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== RECOVERY_CODE_LENGTH) return null;
  return [...code].every((letter) => RECOVERY_CODE_ALPHABET.includes(letter)) ? code : null;
}

/** A recovery code as shown to a person: two groups of five. */
export function formatRecoveryCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * When the program requires a second factor of staff (REQUIRE_STAFF_MFA), a staff member who
 * has not turned on two-step sign-in may do nothing but turn it on (and sign out, or change
 * language). Patients and family are never asked.
 */
export function mustEnrolSecondFactor(
  role: Role,
  totpEnabled: boolean,
  staffMfaRequired: boolean,
): boolean {
  return staffMfaRequired && isStaff(role) && !totpEnabled;
}

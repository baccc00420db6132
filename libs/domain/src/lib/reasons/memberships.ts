import { reason } from './catalog';

/** Choosing where a person with several memberships is (DESIGN §1: a person may hold several). */
export const MEMBERSHIP_REASONS = {
  // Not theirs, disabled, or no such membership: one answer, so nothing is learnt by asking.
  MEMBERSHIP_NOT_FOUND: reason(
    'NOT_FOUND',
    () => 'That place is not open to you now. Choose another one, or sign in again.',
    () => 'Ese lugar no está disponible para ti ahora. Elige otro o vuelve a iniciar sesión.',
  ),
};

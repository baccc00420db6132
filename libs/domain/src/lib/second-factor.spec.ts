import {
  formatRecoveryCode,
  mustEnrolSecondFactor,
  normalizeRecoveryCode,
  RECOVERY_CODE_ALPHABET,
} from './second-factor';

describe('the second factor', () => {
  it('is asked of staff without one, only when the program requires it', () => {
    expect(mustEnrolSecondFactor('ADMIN', false, true)).toBe(true);
    expect(mustEnrolSecondFactor('COUNSELOR', false, true)).toBe(true);
    expect(mustEnrolSecondFactor('COUNSELOR', true, true)).toBe(false);
    expect(mustEnrolSecondFactor('COUNSELOR', false, false)).toBe(false);
    expect(mustEnrolSecondFactor('PATIENT', false, true)).toBe(false);
    expect(mustEnrolSecondFactor('FAMILY', false, true)).toBe(false);
  });

  it('reads a recovery code however it was typed, and nothing that cannot be one', () => {
    expect(normalizeRecoveryCode('k7qx2-m9trw')).toBe('K7QX2M9TRW');
    expect(normalizeRecoveryCode(' K7QX2 M9TRW ')).toBe('K7QX2M9TRW');
    expect(normalizeRecoveryCode('K7QX2-M9TR')).toBeNull();
    expect(normalizeRecoveryCode('K7QX2-M9TRO')).toBeNull(); // O is never in a code
    expect(normalizeRecoveryCode('123456')).toBeNull();
  });

  it('shows a code in two groups of five, without letters that read alike', () => {
    expect(formatRecoveryCode('K7QX2M9TRW')).toBe('K7QX2-M9TRW');
    for (const lookalike of ['0', 'O', '1', 'I', 'L', 'U', 'V'])
      expect(RECOVERY_CODE_ALPHABET).not.toContain(lookalike);
  });
});

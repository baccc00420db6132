import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('asks for 15 to 128 characters', () => {
    expect(passwordProblem('a'.repeat(14))).toBe('TOO_SHORT');
    expect(passwordProblem('a'.repeat(15))).toBeNull();
    expect(passwordProblem('a'.repeat(128))).toBeNull();
    expect(passwordProblem('a'.repeat(129))).toBe('TOO_LONG');
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ñ'.repeat(15))).toBeNull();
  });

  it('refuses a common password, whatever its case', () => {
    const common = new Set(['correcthorsebatterystaple']);
    expect(passwordProblem('CorrectHorseBatteryStaple', (p) => common.has(p))).toBe('TOO_COMMON');
  });
});

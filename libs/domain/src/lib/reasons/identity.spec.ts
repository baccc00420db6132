import { describeReason } from './index';

describe('identity reasons', () => {
  it('count the minutes to wait, one or many, in both languages', () => {
    expect(describeReason('SIGN_IN_THROTTLED', { minutes: 1 }, 'EN')).toBe(
      'Too many sign-in attempts. To keep the account safe, please wait 1 minute and try again.',
    );
    expect(describeReason('SIGN_IN_THROTTLED', { minutes: 15 }, 'EN')).toMatch(/wait 15 minutes/);
    expect(describeReason('SIGN_IN_THROTTLED', { minutes: 1 }, 'ES')).toMatch(/espera 1 minuto y/);
    expect(describeReason('SIGN_IN_THROTTLED', { minutes: 15 }, 'ES')).toMatch(/15 minutos/);
  });

  it('say the password rule with its numbers', () => {
    expect(describeReason('PASSWORD_TOO_SHORT', { minLength: 15 }, 'EN')).toBe(
      'Choose a password of at least 15 characters. A few words in a row is easy to remember.',
    );
    expect(describeReason('PASSWORD_TOO_LONG', { maxLength: 128 }, 'ES')).toBe(
      'Elige una contraseña de 128 caracteres como máximo.',
    );
  });

  it('name the email that already has an account', () => {
    expect(
      describeReason('INVITATION_EMAIL_ALREADY_MEMBER', { email: 'ana@example.org' }, 'EN'),
    ).toBe('ana@example.org already has an account in this program.');
  });

  it('ask for a new reset link kindly, without saying whether an account exists', () => {
    expect(describeReason('PASSWORD_RESET_THROTTLED', { minutes: 20 }, 'EN')).toMatch(
      /wait 20 minutes and ask again/,
    );
    expect(describeReason('PASSWORD_RESET_THROTTLED', { minutes: 1 }, 'ES')).toMatch(
      /espera 1 minuto y/,
    );
    for (const language of ['EN', 'ES'] as const) {
      expect(describeReason('PASSWORD_RESET_THROTTLED', { minutes: 5 }, language)).not.toMatch(
        /account exists|your account|tu cuenta/i,
      );
    }
    expect(describeReason('PASSWORD_RESET_LINK_NOT_USABLE', {}, 'ES')).toMatch(/Pide uno nuevo/);
  });
});

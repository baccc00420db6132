import {
  consentedCategories,
  REDISCLOSURE_NOTICE,
  redisclosureNotice,
  REVOCATION_TERMS,
  revocationTermsIn,
} from './consent';

const now = new Date('2026-05-01T12:00:00Z');

describe('consentedCategories', () => {
  it('shares the granted categories while the consent is live', () => {
    expect(
      consentedCategories(
        { categories: ['PROGRESS'], expiresAt: new Date('2026-06-01'), revokedAt: null },
        now,
      ),
    ).toEqual(['PROGRESS']);
  });

  it('shares nothing once revoked, expired, or without a consent', () => {
    expect(
      consentedCategories(
        {
          categories: ['PROGRESS'],
          expiresAt: new Date('2026-06-01'),
          revokedAt: new Date('2026-04-30'),
        },
        now,
      ),
    ).toEqual([]);
    expect(
      consentedCategories({ categories: ['PROGRESS'], expiresAt: now, revokedAt: null }, now),
    ).toEqual([]);
    expect(consentedCategories(null, now)).toEqual([]);
  });
});

describe('redisclosureNotice', () => {
  it("reads in the reader's language, and in English as the rule gives it", () => {
    expect(redisclosureNotice('EN')).toBe(REDISCLOSURE_NOTICE);
    expect(redisclosureNotice('ES')).toMatch(/^Esta información .*42 CFR parte 2\.$/);
  });
});

describe('revocationTermsIn', () => {
  it("reads the standard terms in the reader's language", () => {
    expect(revocationTermsIn(REVOCATION_TERMS, 'EN')).toBe(REVOCATION_TERMS);
    expect(revocationTermsIn(REVOCATION_TERMS, 'ES')).toMatch(
      /^Puedes revocar este consentimiento .*no puede deshacer lo que ya se compartió\.$/,
    );
  });

  it('keeps any other wording exactly as it was signed', () => {
    const own = 'You may revoke this consent by writing to the program.';
    expect(revocationTermsIn(own, 'ES')).toBe(own);
  });
});

import { statusOf } from './invitation-status';

const now = new Date('2026-03-01T12:00:00Z');
const invitation = (fields: { accepted_at?: Date; revoked_at?: Date; expires_at?: Date }) => ({
  accepted_at: fields.accepted_at ?? null,
  revoked_at: fields.revoked_at ?? null,
  expires_at: fields.expires_at ?? new Date('2026-03-05T12:00:00Z'),
});

describe('an invitation’s status', () => {
  it('is pending until it expires', () => {
    expect(statusOf(invitation({}), now)).toBe('PENDING');
    expect(statusOf(invitation({ expires_at: now }), now)).toBe('EXPIRED');
  });

  it('stays accepted once used, even after it would have expired', () => {
    const used = invitation({ accepted_at: now, expires_at: new Date('2026-02-01T00:00:00Z') });
    expect(statusOf(used, now)).toBe('ACCEPTED');
  });

  it('reads as withdrawn once revoked', () => {
    expect(statusOf(invitation({ revoked_at: now }), now)).toBe('REVOKED');
  });
});

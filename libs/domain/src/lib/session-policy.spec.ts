import { sessionIdleMinutes, sessionIsAlive } from './session-policy';

const start = new Date('2026-01-01T08:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

describe('session policy', () => {
  it('gives staff 15 idle minutes and everyone else 30', () => {
    expect(sessionIdleMinutes('ADMIN')).toBe(15);
    expect(sessionIdleMinutes('COUNSELOR')).toBe(15);
    expect(sessionIdleMinutes('PATIENT')).toBe(30);
    expect(sessionIdleMinutes('FAMILY')).toBe(30);
  });

  it('ends a staff session after 15 idle minutes but not a family one', () => {
    const session = { createdAt: start, lastSeenAt: start };
    expect(sessionIsAlive(session, 'COUNSELOR', minutes(14))).toBe(true);
    expect(sessionIsAlive(session, 'COUNSELOR', minutes(15))).toBe(false);
    expect(sessionIsAlive(session, 'FAMILY', minutes(29))).toBe(true);
    expect(sessionIsAlive(session, 'FAMILY', minutes(30))).toBe(false);
  });

  it('ends any session 12 hours after it began, however active', () => {
    expect(
      sessionIsAlive({ createdAt: start, lastSeenAt: minutes(719) }, 'PATIENT', minutes(719.5)),
    ).toBe(true);
    expect(
      sessionIsAlive({ createdAt: start, lastSeenAt: minutes(719) }, 'PATIENT', minutes(720)),
    ).toBe(false);
  });
});

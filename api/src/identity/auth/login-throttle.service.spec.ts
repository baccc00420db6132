import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_DEVICE,
  retryAfterSeconds,
  SIGN_IN_RULE,
} from './login-throttle.service';

const now = new Date('2026-03-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const counts = (
  account: number,
  address: number,
  oldest = minutesAgo(10),
  addressOldest = oldest,
) => ({
  account_failures: String(account),
  account_oldest: account ? oldest : null,
  address_failures: String(address),
  address_oldest: address ? addressOldest : null,
});

describe('retryAfterSeconds', () => {
  it('lets a person try again while they are under both limits', () => {
    expect(retryAfterSeconds(counts(MAX_FAILURES_PER_ACCOUNT - 1, 3), now)).toBeNull();
  });

  it('waits until the oldest failure in the window leaves it', () => {
    expect(retryAfterSeconds(counts(MAX_FAILURES_PER_ACCOUNT, 5, minutesAgo(10)), now)).toBe(
      5 * 60,
    );
  });

  it('throttles an address that tries many accounts', () => {
    expect(retryAfterSeconds(counts(0, MAX_FAILURES_PER_ADDRESS, minutesAgo(1)), now)).toBe(
      14 * 60,
    );
  });

  it('never answers less than a second', () => {
    expect(retryAfterSeconds(counts(MAX_FAILURES_PER_ACCOUNT, 0, minutesAgo(15)), now)).toBe(1);
  });

  it('holds a known device to its own, larger limit', () => {
    const five = counts(MAX_FAILURES_PER_ACCOUNT, 0);
    expect(retryAfterSeconds(five, now, SIGN_IN_RULE, true)).toBeNull();
    expect(retryAfterSeconds(counts(MAX_FAILURES_PER_DEVICE, 0), now, SIGN_IN_RULE, true)).toBe(
      5 * 60,
    );
  });

  it('waits for the later of two limits when both are reached', () => {
    const both = counts(
      MAX_FAILURES_PER_ACCOUNT,
      MAX_FAILURES_PER_ADDRESS,
      minutesAgo(10),
      minutesAgo(2),
    );
    expect(retryAfterSeconds(both, now)).toBe(13 * 60);
  });
});

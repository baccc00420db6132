import { Clock } from '../src/platform/clock';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private current = new Date('2026-03-02T09:00:00.000Z');

  now(): Date {
    return new Date(this.current);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }

  advanceDays(days: number): void {
    this.advanceMinutes(days * 24 * 60);
  }
}

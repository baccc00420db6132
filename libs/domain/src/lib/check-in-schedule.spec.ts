import {
  checkInDueOn,
  CheckInSchedule,
  DEFAULT_SCHEDULE_STEPS,
  dueDaysBetween,
  missedDueDays,
  nextCheckInDue,
  scheduleStepsProblem,
} from './check-in-schedule';

const transition: CheckInSchedule = {
  startsOn: '2026-03-02',
  steps: DEFAULT_SCHEDULE_STEPS.HOMECOMING,
};

describe('the check-in schedule', () => {
  it('asks every day without a schedule and before it starts', () => {
    expect(checkInDueOn(null, '2026-03-01')).toBe(true);
    expect(checkInDueOn(transition, '2026-03-01')).toBe(true);
  });

  it('is daily for two weeks, then three times a week', () => {
    expect(dueDaysBetween(transition, '2026-03-02', '2026-03-15')).toHaveLength(14);
    // The second step starts on day 15 (2026-03-16): its first, third and fifth day each week.
    expect(dueDaysBetween(transition, '2026-03-16', '2026-03-29')).toEqual([
      '2026-03-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-25',
      '2026-03-27',
    ]);
  });

  it('thins out: weekly, every two weeks, then monthly on the same day of the month', () => {
    const aftercare: CheckInSchedule = {
      startsOn: '2026-01-31',
      steps: [
        { cadence: 'WEEKLY', weeks: 2 },
        { cadence: 'EVERY_TWO_WEEKS', weeks: 4 },
        { cadence: 'MONTHLY', weeks: null },
      ],
    };
    expect(dueDaysBetween(aftercare, '2026-01-31', '2026-06-01')).toEqual([
      '2026-01-31',
      '2026-02-07',
      '2026-02-14',
      '2026-02-28',
      // Monthly from 2026-03-14.
      '2026-03-14',
      '2026-04-14',
      '2026-05-14',
    ]);
    expect(nextCheckInDue(aftercare, '2026-03-15')).toBe('2026-04-14');
  });

  it('keeps the last cadence going once a last step with a length ends', () => {
    const short: CheckInSchedule = {
      startsOn: '2026-03-02',
      steps: [{ cadence: 'WEEKLY', weeks: 1 }],
    };
    expect(dueDaysBetween(short, '2026-03-02', '2026-03-16')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
  });

  it('counts missed due days up to yesterday, never today', () => {
    const weekly: CheckInSchedule = {
      startsOn: '2026-03-02',
      steps: [{ cadence: 'WEEKLY', weeks: null }],
    };
    expect(missedDueDays(weekly, ['2026-03-09'], '2026-03-02', '2026-03-23')).toEqual([
      '2026-03-16',
      '2026-03-02',
    ]);
    expect(missedDueDays(weekly, [], '2026-03-02', '2026-03-16')).toHaveLength(2);
  });

  it('refuses steps that cannot make a schedule', () => {
    expect(scheduleStepsProblem([])).toBe('INPUT_SCHEDULE_STEPS');
    expect(
      scheduleStepsProblem([
        { cadence: 'DAILY', weeks: null },
        { cadence: 'WEEKLY', weeks: null },
      ]),
    ).toBe('INPUT_SCHEDULE_WEEKS');
    expect(scheduleStepsProblem([{ cadence: 'DAILY', weeks: 0 }])).toBe('INPUT_SCHEDULE_WEEKS');
    expect(scheduleStepsProblem(DEFAULT_SCHEDULE_STEPS.AFTERCARE)).toBeNull();
  });
});

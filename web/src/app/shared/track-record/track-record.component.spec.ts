import { TrackRecord, TrackRecordApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { TrackRecordComponent, trendSpan } from './track-record.component';

const NOTICE =
  'This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2).';

const full: TrackRecord = {
  planId: 'p1',
  today: '2026-03-05',
  notice: null,
  sharedCategories: [],
  hardDays: [],
  checkInDays: [
    { day: '2026-03-03', mood: 4, craving: 2, attendedMeeting: true, note: 'A long walk' },
    { day: '2026-03-04', mood: 2, craving: 8, attendedMeeting: false, note: null },
  ],
  commitments: [
    { windowDays: 30, kept: 2, total: 3, share: 0.67 },
    { windowDays: 90, kept: 2, total: 3, share: 0.67 },
  ],
  timeline: [
    {
      id: 'e1',
      kind: 'PLAN_CREATED',
      fromPhase: null,
      toPhase: null,
      reason: null,
      agreedBy: [],
      waitUntil: null,
      actorName: 'Lena Ortiz',
      at: '2026-03-01T10:00:00Z',
    },
    {
      id: 'e2',
      kind: 'PHASE_ADVANCED',
      fromPhase: 'Reconnect',
      toPhase: 'Supervised visits',
      reason: 'Steady and kind',
      agreedBy: ['Sam', 'Grace', 'Robin'],
      waitUntil: null,
      actorName: 'Robin',
      at: '2026-03-02T10:00:00Z',
    },
    {
      id: 'e3',
      kind: 'PHASE_STEPPED_BACK',
      fromPhase: 'Supervised visits',
      toPhase: 'Reconnect',
      reason: 'A hard week',
      agreedBy: [],
      waitUntil: '2026-03-20',
      actorName: 'Lena Ortiz',
      at: '2026-03-04T10:00:00Z',
    },
  ],
  familyCheckIns: [
    {
      memberName: 'Grace Okafor',
      day: '2026-03-04',
      stress: 4,
      wantsSupport: true,
      attendedMeeting: false,
    },
  ],
};

async function show(record: TrackRecord, mode: 'patient' | 'family' | 'staff') {
  return render(
    TrackRecordComponent,
    [{ provide: TrackRecordApi, useValue: { record: jest.fn().mockResolvedValue(record) } }],
    { planId: 'p1', mode, patientName: 'Sam Okafor' },
  );
}

describe('trendSpan', () => {
  it('shows a trend from the first check-in, at least two weeks and at most 90 days', () => {
    expect(trendSpan([], '2026-03-05')).toBe(14);
    expect(trendSpan(['2026-03-03'], '2026-03-05')).toBe(14);
    expect(trendSpan(['2026-02-01', '2026-03-03'], '2026-03-05')).toBe(33);
    expect(trendSpan(['2025-01-01'], '2026-03-05')).toBe(90);
  });
});

describe('TrackRecordComponent', () => {
  it('marks a hard day as one day on the record, never a reset: the share and the check-ins still show', async () => {
    const { byTestId, allByTestId } = await show({ ...full, hardDays: ['2026-03-04'] }, 'patient');
    expect(allByTestId('hard-day').map((d) => d.textContent?.trim())).toEqual([
      'A hard day: Mar 4, 2026',
    ]);
    expect(byTestId('heatmap-summary')?.textContent).toContain(
      'Check-ins on 2 of the last 90 days',
    );
    expect(allByTestId('commitment-line')).toHaveLength(2);
  });

  it('shows the patient everything as pictures: the heatmap, both trends, commitments and the timeline in words', async () => {
    const { byTestId, allByTestId } = await show(full, 'patient');
    expect(byTestId('heatmap-summary')?.textContent).toContain(
      'Check-ins on 2 of the last 90 days',
    );
    expect(byTestId('mood-trend')?.querySelector('desc')?.textContent).toBe(
      'Mood over the last 7 days: on average 3 of 5. Over 90 days: 3.',
    );
    expect(byTestId('craving-trend')?.querySelector('desc')?.textContent).toBe(
      'Cravings over the last 7 days: on average 5 of 10. Over 90 days: 5.',
    );
    expect(allByTestId('commitment-line').map((l) => l.textContent?.trim())).toEqual([
      'Last 30 days: 2 of 3 kept (67%)',
      'Last 90 days: 2 of 3 kept (67%)',
    ]);
    const entries = allByTestId('timeline-entry').map((e) => e.textContent?.replace(/\s+/g, ' '));
    expect(entries[1]).toContain('Moved up to Supervised visits');
    expect(entries[1]).toContain('Agreed by Sam, Grace, and Robin');
    expect(entries[2]).toContain('Stepped back to Reconnect');
    expect(entries[2]).toContain('The next try is possible from Mar 20, 2026');
    expect(byTestId('redisclosure-notice')).toBeNull();
    expect(byTestId('record-family-check-ins')).toBeNull();
  });

  it('shows a family member only what is shared with them now, with the notice, and never check-ins without that consent', async () => {
    // Even if check-in days arrived, without CHECKINS they are not drawn.
    const { byTestId, element } = await show(
      { ...full, sharedCategories: ['PROGRESS'], notice: NOTICE },
      'family',
    );
    expect(byTestId('redisclosure-notice')?.textContent).toContain(NOTICE);
    expect(byTestId('record-timeline')).not.toBeNull();
    expect(byTestId('record-check-ins')).toBeNull();
    expect(byTestId('check-in-heatmap')).toBeNull();
    expect(byTestId('record-commitments')).toBeNull();
    expect(element.textContent).not.toContain('A long walk');
    expect(byTestId('record-explanation')).toBeNull();
  });

  it('says kindly when the patient shares nothing of their record', async () => {
    const { byTestId } = await show(
      {
        ...full,
        checkInDays: [],
        commitments: [],
        timeline: [],
        sharedCategories: ['VISIT_REFLECTIONS'],
      },
      'family',
    );
    expect(byTestId('record-explanation')?.textContent?.trim()).toBe(
      en.track.record.nothingShared.replace('{{name}}', 'Sam'),
    );
    expect(byTestId('record-timeline')).toBeNull();
    expect(byTestId('redisclosure-notice')).toBeNull();
  });

  it('shows staff the family’s own check-ins, marking who would like support', async () => {
    const { byTestId } = await show(full, 'staff');
    const row = byTestId('family-check-in-row');
    expect(byTestId('record-family-check-ins')?.textContent).toContain('Grace Okafor');
    expect(row?.textContent).toContain('Quite stressed');
    expect(row?.textContent).toContain('Would like support');
    expect(row?.classList).toContain('wants');
  });
});

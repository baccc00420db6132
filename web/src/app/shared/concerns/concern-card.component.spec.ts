import { Concern, ConcernsApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { ConcernCardComponent } from './concern-card.component';

const concern: Concern = {
  id: 'k1',
  planId: 'plan-1',
  subject: 'BOUNDARY',
  boundaryId: 'b1',
  expectationId: null,
  visitId: null,
  severity: 'MEDIUM',
  status: 'IN_DISCUSSION',
  raisedByName: 'Sam',
  raisedByMe: false,
  reviewed: true,
  shareOwnWords: false,
  closeReason: null,
  createdAt: '2026-03-02T08:00:00Z',
  settledAt: null,
  about: [{ memberId: 'pat', displayName: 'Pat' }],
  parties: [
    { memberId: 'pat', displayName: 'Pat' },
    { memberId: 'sam', displayName: 'Sam' },
  ],
  entries: [
    {
      id: '2',
      kind: 'FRAMING',
      words: 'About calling first',
      authorName: 'Casey',
      createdAt: '2026-03-02T09:00:00Z',
    },
  ],
  repair: {
    id: 'r1',
    version: 1,
    status: 'PROPOSED',
    createdAt: '2026-03-02T10:00:00Z',
    commitments: [
      {
        id: 'c-pat',
        memberId: 'pat',
        memberName: 'Pat',
        words: 'Call before coming over',
        reviewOn: null,
        accepted: false,
        mine: true,
        ownerMark: null,
        confirmed: null,
      },
      {
        id: 'c-sam',
        memberId: 'sam',
        memberName: 'Sam',
        words: 'Say when a time works',
        reviewOn: null,
        accepted: true,
        mine: false,
        ownerMark: null,
        confirmed: null,
      },
    ],
  },
};

describe('ConcernCardComponent', () => {
  it("shows a member the counselor's framing and lets them accept only their own part", async () => {
    const api = { acceptRepair: jest.fn().mockResolvedValue(undefined) };
    const { element, allByTestId, click } = await render(
      ConcernCardComponent,
      [{ provide: ConcernsApi, useValue: api }],
      { concern },
    );
    expect(element.textContent).toContain('As Casey puts it');
    expect(element.textContent).toContain(en.concerns.status.IN_DISCUSSION);
    expect(allByTestId('repair-accept')).toHaveLength(1);
    expect(element.querySelector('[data-testid="concern-staff"]')).toBeNull();
    await click('repair-accept');
    expect(api.acceptRepair).toHaveBeenCalledWith('r1');
  });

  it('lets staff confirm a commitment once its owner has marked it', async () => {
    const api = { confirm: jest.fn().mockResolvedValue(undefined) };
    const agreed: Concern = {
      ...concern,
      repair: {
        ...(concern.repair as NonNullable<Concern['repair']>),
        status: 'AGREED',
        commitments: (concern.repair?.commitments ?? []).map((c) => ({
          ...c,
          mine: false,
          accepted: true,
          ownerMark: c.memberId === 'pat' ? ('KEPT' as const) : null,
        })),
      },
    };
    const { allByTestId, click } = await render(
      ConcernCardComponent,
      [{ provide: ConcernsApi, useValue: api }],
      { concern: agreed, staff: true },
    );
    expect(allByTestId('commitment-confirm-kept')).toHaveLength(1);
    await click('commitment-confirm-kept');
    expect(api.confirm).toHaveBeenCalledWith({ commitmentId: 'c-pat', outcome: 'KEPT' });
  });

  it('pauses visits in one step, then says so instead of offering it again', async () => {
    const api = { pauseVisits: jest.fn().mockResolvedValue(undefined) };
    const safety: Concern = { ...concern, subject: 'SAFETY', severity: 'SAFETY', repair: null };
    const { element, byTestId, allByTestId, click } = await render(
      ConcernCardComponent,
      [{ provide: ConcernsApi, useValue: api }],
      { concern: safety, staff: true, planActive: true },
    );
    expect(allByTestId('concern-paused')).toHaveLength(0);
    // Its heading says it is about safety; no "Weighs: I do not feel safe" beside it.
    expect(element.textContent).toContain(en.concerns.raise.subjects.SAFETY);
    expect(element.textContent).not.toContain(en.concerns.raise.severities.SAFETY);
    await click('concern-pause-visits');
    expect(api.pauseVisits).toHaveBeenCalledWith('k1');
    expect(byTestId('concern-paused')?.textContent).toContain(en.concerns.staff.paused);
    expect(allByTestId('concern-pause-visits')).toHaveLength(0);
  });
});

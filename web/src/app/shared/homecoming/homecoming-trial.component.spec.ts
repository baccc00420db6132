import { HomecomingApi, HomecomingTrial } from '@homeward/web-data-access';
import { render } from '../../testing/render';
import { HomecomingTrialComponent } from './homecoming-trial.component';

const condition = (source: 'EXPECTATION' | 'BOUNDARY', sourceId: string, text: string) => ({
  text,
  note: null,
  source,
  sourceId,
  sourceVersion: 1,
  byName: 'Pat',
});

const trial = (changes: Partial<HomecomingTrial> = {}): HomecomingTrial => ({
  id: 'trial-1',
  planId: 'plan-1',
  status: 'OPEN',
  outcome: null,
  outcomeWords: null,
  startedAt: '2026-03-02T09:00:00Z',
  startDay: '2026-03-02',
  maxDays: 90,
  endsOn: '2026-05-31',
  reviewDays: ['2026-04-01'],
  nextReviewDay: '2026-04-01',
  reviewDue: false,
  extensions: 0,
  extensionsLeft: 2,
  today: '2026-03-02',
  weekOf: '2026-03-02',
  drafted: [
    condition('EXPECTATION', 'e1', 'A phone call three evenings a week'),
    condition('BOUNDARY', 'b1', 'No alcohol in the house'),
  ],
  current: null,
  awaitingMySignature: false,
  answeredThisWeek: false,
  homeAnswers: [],
  reviews: [],
  ...changes,
});

describe('HomecomingTrialComponent', () => {
  it("publishes the agreement's conditions the counselor kept, by their source, and their own lines", async () => {
    const publish = jest.fn().mockResolvedValue(trial());
    const { allByTestId, byTestId, click, settle, fixture } = await render(
      HomecomingTrialComponent,
      [{ provide: HomecomingApi, useValue: { trial: async () => trial(), publish } }],
      { planId: 'plan-1', area: 'staff' },
    );
    expect(allByTestId('trial-drafted')).toHaveLength(2);
    // The boundary is dropped; the counselor adds a line of their own.
    (allByTestId('trial-drafted')[1].querySelector('input') as HTMLInputElement).click();
    const own = byTestId('trial-own-conditions') as HTMLTextAreaElement;
    own.value = 'Sunday dinner together\n\n  Curfew at eleven  ';
    own.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    await settle();
    await click('trial-publish');
    expect(publish).toHaveBeenCalledWith({
      planId: 'plan-1',
      conditions: [
        { source: 'EXPECTATION', sourceId: 'e1' },
        { source: 'COUNSELOR', text: 'Sunday dinner together' },
        { source: 'COUNSELOR', text: 'Curfew at eleven' },
      ],
      startDay: '2026-03-02',
      maxDays: 90,
      reviewDays: ['2026-04-01'],
    });
    // Not a review day yet: no review form, only when the next one is.
    expect(byTestId('trial-review')?.textContent).toContain('The next review is on');
    expect(byTestId('trial-review-submit')).toBeNull();
  });

  it('shows a member the conditions to sign and "how is home?", and never the editor', async () => {
    const { byTestId } = await render(
      HomecomingTrialComponent,
      [
        {
          provide: HomecomingApi,
          useValue: {
            trial: async () =>
              trial({
                drafted: [],
                awaitingMySignature: true,
                current: {
                  version: 1,
                  conditions: [
                    condition('EXPECTATION', 'e1', 'A phone call three evenings a week'),
                  ],
                  startDay: '2026-03-02',
                  maxDays: 90,
                  endsOn: '2026-05-31',
                  reviewDays: ['2026-04-01'],
                  contentHash: 'a'.repeat(64),
                  publishedAt: '2026-03-02T10:00:00Z',
                  signatures: [],
                  awaitingSignatureFrom: ['Pat', 'Maria'],
                  signedByAll: false,
                },
              }),
          },
        },
      ],
      { planId: 'plan-1', area: 'family' },
    );
    expect(byTestId('trial-sign-form')).not.toBeNull();
    expect(byTestId('trial-home-form')).not.toBeNull();
    expect(byTestId('trial-editor')).toBeNull();
    expect(byTestId('trial-review')).toBeNull();
    expect(byTestId('trial-awaiting')?.textContent).toContain('Pat and Maria');
  });

  it.each([
    ['HOME', 'Home', 'Welcome home. The trial time is complete'],
    ['STEPPED_BACK', 'Stepped back, for now', 'The plan stepped back a phase, for now.'],
    [
      'PLAN_CLOSED',
      'Ended with the plan',
      'This plan has been closed, and the trial ended with it.',
    ],
  ] as const)(
    'says in kind words how a trial ended (%s), and asks nothing more of anyone',
    async (outcome, outcomeWords, said) => {
      const { byTestId } = await render(
        HomecomingTrialComponent,
        [
          {
            provide: HomecomingApi,
            useValue: {
              trial: async () =>
                trial({ status: 'ENDED', outcome, outcomeWords, drafted: [], nextReviewDay: null }),
            },
          },
        ],
        { planId: 'plan-1', area: 'family' },
      );
      expect(byTestId('trial-days')?.querySelector('h2')?.textContent?.trim()).toBe(outcomeWords);
      expect(byTestId('trial-ended')?.textContent).toContain(said);
      expect(byTestId('trial-home-form')).toBeNull();
      // Nothing was published, and nobody will write it now.
      expect(byTestId('trial-not-published')?.textContent?.trim()).toBe(
        'No conditions were published for this trial.',
      );
    },
  );
});

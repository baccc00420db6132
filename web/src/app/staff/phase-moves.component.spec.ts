import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { TranslocoService } from '@jsverse/transloco';
import { describeReason } from '@homeward/domain';
import { PhaseMovesApi, StaffPlanFieldsFragment } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import { render } from '../testing/render';
import { PhaseMovesComponent } from './phase-moves.component';

const phase = (position: number, name: string, status: 'DONE' | 'CURRENT' | 'LOCKED') => ({
  id: `ph${position}`,
  position,
  name,
  description: '',
  contactTypes: [],
  status,
  startedAt: null,
  milestones: [],
});
const plan = {
  id: 'p1',
  status: 'ACTIVE',
  phases: [
    phase(1, 'Reconnect', 'DONE'),
    phase(2, 'Supervised visits', 'CURRENT'),
    phase(3, 'Day passes', 'LOCKED'),
  ],
} as unknown as StaffPlanFieldsFragment;

const typeInto = async (element: HTMLElement | null, text: string, settle: () => Promise<void>) => {
  const field = element as HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await settle();
};

describe('PhaseMovesComponent', () => {
  it('shows what still stands in the way, kindly, when proposing is refused', async () => {
    const blockers = ['Not yet: 1 of 2 milestones of this phase are achieved.'];
    const api = {
      proposal: jest.fn().mockResolvedValue(null),
      propose: jest.fn().mockRejectedValue(
        new CombinedGraphQLErrors({
          errors: [{ message: blockers[0], extensions: { code: 'CONFLICT', blockers } }],
        }),
      ),
    };
    const { byTestId, click, allByTestId, settle } = await render(
      PhaseMovesComponent,
      [{ provide: PhaseMovesApi, useValue: api }],
      { plan },
    );
    expect(byTestId('propose-next')?.textContent?.trim()).toBe('Propose moving up to Day passes');
    await click('propose-next');
    expect(api.propose).not.toHaveBeenCalled();
    await typeInto(byTestId('propose-reason'), 'Steady check-ins', settle);
    await click('propose-next');
    expect(api.propose).toHaveBeenCalledWith({ planId: 'p1', reason: 'Steady check-ins' });
    expect(byTestId('propose-refusal')?.textContent).toContain(en.track.proposal.blockers);
    expect(allByTestId('propose-blocker').map((b) => b.textContent?.trim())).toEqual(blockers);
  });

  it("words each blocker from its reason and params, in the reader's language", async () => {
    // Any reason of the catalog will do: the words come from the catalog, not from the API.
    const blockers = [
      {
        reason: 'NOT_FOUND',
        params: { what: 'milestone' },
        message: 'We could not find that milestone.',
      },
      { reason: 'A_BLOCKER_FROM_A_NEWER_API', params: {}, message: 'Not yet: one more week.' },
    ];
    const api = {
      proposal: jest.fn().mockResolvedValue(null),
      propose: jest.fn().mockRejectedValue(
        new CombinedGraphQLErrors({
          errors: [
            {
              message: blockers[0].message,
              extensions: { code: 'CONFLICT', reason: 'NOT_FOUND', params: {}, blockers },
            },
          ],
        }),
      ),
    };
    const { byTestId, click, allByTestId, settle } = await render(
      PhaseMovesComponent,
      [{ provide: PhaseMovesApi, useValue: api }],
      { plan },
    );
    TestBed.inject(TranslocoService).setActiveLang('es');
    await typeInto(byTestId('propose-reason'), 'Registros constantes', settle);
    await click('propose-next');
    expect(allByTestId('propose-blocker').map((b) => b.textContent?.trim())).toEqual([
      describeReason('NOT_FOUND', { what: 'milestone' }, 'ES'),
      // A reason this client does not know yet: the API's own words are still shown.
      'Not yet: one more week.',
    ]);
  });

  it('steps back with a reason and a wait of 0 to 90 days', async () => {
    const api = {
      proposal: jest.fn().mockResolvedValue(null),
      stepBack: jest.fn().mockResolvedValue(undefined),
    };
    const { byTestId, click, settle, fixture } = await render(
      PhaseMovesComponent,
      [{ provide: PhaseMovesApi, useValue: api }],
      { plan },
    );
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    await click('step-back-open');
    await typeInto(byTestId('step-back-reason'), 'A hard week; back to calls for now', settle);
    await typeInto(byTestId('step-back-wait'), '120', settle);
    await click('step-back-confirm');
    expect(api.stepBack).not.toHaveBeenCalled();
    await typeInto(byTestId('step-back-wait'), '14', settle);
    await click('step-back-confirm');
    expect(api.stepBack).toHaveBeenCalledWith({
      planId: 'p1',
      reason: 'A hard week; back to calls for now',
      waitDays: 14,
    });
    expect(changed).toHaveBeenCalled();
    expect(byTestId('phase-moves-status')?.textContent).toContain('Stepped back to Reconnect');
  });
});

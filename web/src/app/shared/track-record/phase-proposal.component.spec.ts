import { PhaseMovesApi, PhaseProposal } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { PhaseProposalComponent } from './phase-proposal.component';

const proposal: PhaseProposal = {
  id: 'pp1',
  planId: 'p1',
  fromPosition: 2,
  toPosition: 3,
  toPhaseName: 'Day passes',
  reason: 'A visit that went well',
  proposedByName: 'Lena Ortiz',
  status: 'OPEN',
  createdAt: '2026-03-05T10:00:00Z',
  waitingFor: ['Grace Okafor', 'Robin Okafor'],
  awaitingMyAnswer: true,
  blockers: [],
  answers: [
    {
      memberId: 'pm',
      displayName: 'Sam Okafor',
      agree: true,
      comment: null,
      answeredAt: '2026-03-05T11:00:00Z',
    },
  ],
};

describe('PhaseProposalComponent', () => {
  it('asks for a few words before asking to wait, and sends them', async () => {
    const api = {
      proposal: jest.fn().mockResolvedValue(proposal),
      answer: jest.fn().mockResolvedValue({ ...proposal, awaitingMyAnswer: true }),
    };
    const { byTestId, click, settle } = await render(
      PhaseProposalComponent,
      [{ provide: PhaseMovesApi, useValue: api }],
      { planId: 'p1', memberId: 'mm' },
    );
    expect(byTestId('proposal-waiting')?.textContent?.trim()).toBe(
      'Waiting for Grace Okafor and Robin Okafor',
    );
    await click('proposal-wait');
    await click('proposal-send-wait');
    expect(api.answer).not.toHaveBeenCalled();
    expect(byTestId('proposal-error')?.textContent?.trim()).toBe(en.track.proposal.commentNeeded);
    const comment = byTestId('proposal-comment') as HTMLTextAreaElement;
    comment.value = 'One more visit first, please';
    comment.dispatchEvent(new Event('input'));
    await settle();
    await click('proposal-send-wait');
    expect(api.answer).toHaveBeenCalledWith({
      proposalId: 'pp1',
      agree: false,
      comment: 'One more visit first, please',
    });
    expect(byTestId('proposal-status')?.textContent?.trim()).toBe(en.track.proposal.waited);
  });

  it('says so when the last agreement moves the plan up, and tells the page', async () => {
    const api = {
      proposal: jest.fn().mockResolvedValue(proposal),
      answer: jest
        .fn()
        .mockResolvedValue({ ...proposal, status: 'ADVANCED', awaitingMyAnswer: false }),
    };
    const { byTestId, click, fixture } = await render(
      PhaseProposalComponent,
      [{ provide: PhaseMovesApi, useValue: api }],
      { planId: 'p1', memberId: 'mm' },
    );
    const advanced = jest.fn();
    fixture.componentInstance.advanced.subscribe(advanced);
    await click('proposal-agree');
    expect(api.answer).toHaveBeenCalledWith({ proposalId: 'pp1', agree: true });
    expect(byTestId('proposal-moved')?.textContent?.trim()).toBe(
      'Everyone agreed: the plan has moved up to Day passes.',
    );
    expect(byTestId('phase-proposal')).toBeNull();
    expect(advanced).toHaveBeenCalledWith('Day passes');
  });

  it('shows nothing when no move is proposed', async () => {
    const api = { proposal: jest.fn().mockResolvedValue(null) };
    const { element } = await render(
      PhaseProposalComponent,
      [{ provide: PhaseMovesApi, useValue: api }],
      { planId: 'p1' },
    );
    expect(element.textContent?.trim()).toBe('');
  });
});

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PhaseProposalAnswer } from './phase-proposal-answer.entity';
import { PhaseProposal } from './phase-proposal.entity';

export type NewProposal = Pick<
  PhaseProposal,
  'planId' | 'fromPosition' | 'toPosition' | 'reason' | 'proposedByUserId' | 'createdAt'
>;

export type NewAnswer = Pick<
  PhaseProposalAnswer,
  'proposalId' | 'memberId' | 'authorUserId' | 'agree' | 'comment' | 'createdAt'
>;

/** The phase_proposal and phase_proposal_answer tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class PhaseProposalsRepository {
  /** The plan a proposal belongs to, or null when there is no such proposal. */
  async planOf(manager: EntityManager, proposalId: string): Promise<string | null> {
    const proposal = await manager.findOne(PhaseProposal, {
      select: { id: true, planId: true },
      where: { id: proposalId },
    });
    return proposal?.planId ?? null;
  }

  byId(manager: EntityManager, id: string): Promise<PhaseProposal | null> {
    return manager.findOneBy(PhaseProposal, { id });
  }

  open(manager: EntityManager, planId: string): Promise<PhaseProposal | null> {
    return manager.findOneBy(PhaseProposal, { planId, status: 'OPEN' });
  }

  insert(manager: EntityManager, proposal: NewProposal): Promise<PhaseProposal> {
    return manager.save(manager.create(PhaseProposal, { ...proposal, status: 'OPEN' }));
  }

  async addAnswer(manager: EntityManager, answer: NewAnswer): Promise<void> {
    await manager.insert(PhaseProposalAnswer, answer);
  }

  async advanced(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(PhaseProposal, { id }, { status: 'ADVANCED', closedAt: at });
  }

  /** Withdraws the plan's open proposal, if there is one; returns what it withdrew. */
  async withdrawOpen(manager: EntityManager, planId: string, at: Date): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE phase_proposal SET status = 'WITHDRAWN', closed_at = $2 WHERE plan_id = $1 AND status = 'OPEN' RETURNING id`,
      [planId, at],
    );
    return rows.map((r) => r.id);
  }
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';

export const PROPOSAL_STATUSES = ['OPEN', 'ADVANCED', 'WITHDRAWN'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A counselor's proposal to move up a phase, open until everyone has agreed (or it is withdrawn). */
@Entity('phase_proposal')
@Index('phase_proposal_one_open_per_plan', ['planId'], { unique: true, where: `"status" = 'OPEN'` })
export class PhaseProposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ name: 'from_position', type: 'int' })
  fromPosition: number;

  @Column({ name: 'to_position', type: 'int' })
  toPosition: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'proposed_by_user_id', type: 'uuid' })
  proposedByUserId: string;

  @Column({ type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status', default: 'OPEN' })
  status: ProposalStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

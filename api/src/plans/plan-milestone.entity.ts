import { MILESTONE_KINDS, MILESTONE_PARTIES, MilestoneKind, MilestoneParty } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanPhase } from './plan-phase.entity';

export const MILESTONE_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** What it takes to leave a phase, for the patient or for the family. */
@Entity('plan_milestone')
@Index(['phaseId'])
export class PlanMilestone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'phase_id', type: 'uuid' })
  phaseId: string;

  @ManyToOne(() => PlanPhase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id' })
  phase?: PlanPhase;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'enum', enum: MILESTONE_KINDS, enumName: 'milestone_kind' })
  kind: MilestoneKind;

  @Column({ type: 'enum', enum: MILESTONE_PARTIES, enumName: 'milestone_party' })
  party: MilestoneParty;

  @Column({ type: 'int', nullable: true })
  target: number | null;

  @Column({ name: 'window_days', type: 'int', nullable: true })
  windowDays: number | null;

  @Column({ type: 'enum', enum: MILESTONE_STATUSES, enumName: 'milestone_status', default: 'NOT_STARTED' })
  status: MilestoneStatus;
}

import {
  ContactType,
  MILESTONE_KINDS,
  MILESTONE_MEASURES,
  MILESTONE_PARTIES,
  MilestoneKind,
  MilestoneMeasure,
  MilestoneParty,
} from '@homeward/domain';
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

  @Column({
    type: 'enum',
    enum: MILESTONE_STATUSES,
    enumName: 'milestone_status',
    default: 'NOT_STARTED',
  })
  status: MilestoneStatus;

  @Column({ type: 'enum', enum: MILESTONE_MEASURES, enumName: 'milestone_measure', nullable: true })
  measure: MilestoneMeasure | null;

  @Column({ name: 'contact_type', type: 'text', nullable: true })
  contactType: ContactType | null;

  /** Set once when it is first achieved (by the records, a verifier or a waiver); never cleared: nothing earned is erased. */
  @Column({ name: 'achieved_at', type: 'timestamptz', nullable: true })
  achievedAt: Date | null;

  /** The member of staff who verified (MANUAL) or waived it. */
  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  /** Set when staff waived it, with their reason. */
  @Column({ name: 'waived_reason', type: 'text', nullable: true })
  waivedReason: string | null;
}

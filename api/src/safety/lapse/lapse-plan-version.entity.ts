import { LAPSE_PLAN_STATUSES, LapsePlanStatus } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';

/**
 * One version of a plan's lapse-response plan, agreed in advance (issue 13, item 2). A change is a
 * new version that everyone accepts again; the earlier one is kept (SUPERSEDED once the new one is
 * agreed), so what a family agreed to is never overwritten.
 */
@Entity('lapse_plan_version')
@Index(['planId', 'version'], { unique: true })
export class LapsePlanVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ type: 'int' })
  version: number;

  @Column({
    type: 'enum',
    enum: LAPSE_PLAN_STATUSES,
    enumName: 'lapse_plan_status',
    default: 'PROPOSED',
  })
  status: LapsePlanStatus;

  /** What a hard day means for this family, in their words. */
  @Column({ name: 'what_it_means', type: 'text' })
  whatItMeans: string;

  /** The plan members told when something happens (the app tells them at once). */
  @Column({ name: 'told_member_ids', type: 'uuid', array: true, default: () => "'{}'" })
  toldMemberIds: string[];

  /** Who reaches out to them beyond the app's note, in the family's words. */
  @Column({ name: 'told_by', type: 'text', nullable: true })
  toldBy: string | null;

  /** Visits (and so the phase) pause: the plan pauses, its upcoming visits are cancelled. */
  @Column({ name: 'pauses_visits', type: 'boolean' })
  pausesVisits: boolean;

  @Column({ name: 'max_pause_days', type: 'int' })
  maxPauseDays: number;

  /** The steps back in, in order. */
  @Column({ name: 'steps_back_in', type: 'text', array: true })
  stepsBackIn: string[];

  @Column({ name: 'proposed_by_user_id', type: 'uuid' })
  proposedByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'agreed_at', type: 'timestamptz', nullable: true })
  agreedAt: Date | null;
}

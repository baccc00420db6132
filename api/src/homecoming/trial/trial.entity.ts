import { TRIAL_OUTCOMES, TRIAL_STATUSES, TrialOutcome, TrialStatus } from '@homeward/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PlanPhase } from '../../planning/plans/plan-phase.entity';
import { Plan } from '../../planning/plans/plan.entity';

/**
 * A trial homecoming: started when the plan's Homecoming phase becomes current, ended when the
 * plan moves on (home) or steps back (for now). Its schedule moves with reviews (an extension);
 * its words live in versions and reviews, which are never changed.
 */
@Entity('homecoming_trial')
@Index('homecoming_trial_one_open', ['planId'], { unique: true, where: `"status" = 'OPEN'` })
@Check('homecoming_trial_ends_after_start', `"ends_on" > "start_day"`)
export class HomecomingTrial {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  /** The Homecoming phase it belongs to. */
  @Column({ name: 'phase_id', type: 'uuid' })
  phaseId: string;

  @ManyToOne(() => PlanPhase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id' })
  phase?: PlanPhase;

  @Column({ type: 'enum', enum: TRIAL_STATUSES, enumName: 'trial_status', default: 'OPEN' })
  status: TrialStatus;

  @Column({ type: 'enum', enum: TRIAL_OUTCOMES, enumName: 'trial_outcome', nullable: true })
  outcome: TrialOutcome | null;

  @Column({ name: 'start_day', type: 'date' })
  startDay: string;

  @Column({ name: 'max_days', type: 'int' })
  maxDays: number;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  /** YYYY-MM-DD days, in order (jsonb: TypeORM would read a date[] column's days as one date). */
  @Column({ name: 'review_days', type: 'jsonb' })
  reviewDays: string[];

  @Column({ type: 'int', default: 0 })
  extensions: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}

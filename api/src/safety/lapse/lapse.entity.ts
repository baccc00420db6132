import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';
import { LapsePlanVersion } from './lapse-plan-version.entity';

/**
 * "Something happened": a hard day, recorded by the patient or their counselor. It is one day on
 * the record, never a reset; when an agreed lapse plan existed, it names the version followed.
 */
@Entity('lapse')
@Index(['planId', 'happenedOn'])
export class Lapse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  /** The agreed version whose steps were followed; null when no plan had been agreed yet. */
  @Column({ name: 'plan_version_id', type: 'uuid', nullable: true })
  planVersionId: string | null;

  @ManyToOne(() => LapsePlanVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_version_id' })
  planVersion?: LapsePlanVersion;

  @Column({ name: 'happened_on', type: 'date' })
  happenedOn: string;

  /** Optional words, kept as written. */
  @Column({ type: 'text', nullable: true })
  words: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Whether this one paused the plan (as agreed); it resumes through the steps back in. */
  @Column({ type: 'boolean' })
  paused: boolean;

  /** The last day of the longest pause agreed: staff are reminded then. */
  @Column({ name: 'pause_ends_on', type: 'date', nullable: true })
  pauseEndsOn: string | null;

  @Column({ name: 'resumed_at', type: 'timestamptz', nullable: true })
  resumedAt: Date | null;

  @Column({ name: 'resumed_by_user_id', type: 'uuid', nullable: true })
  resumedByUserId: string | null;
}

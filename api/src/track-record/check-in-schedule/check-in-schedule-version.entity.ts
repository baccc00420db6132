import type { ScheduleStep } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a plan's check-in schedule for a phase with a stage (Homecoming, Aftercare): its
 * ordered steps from a start day. Each change is a new row; a trigger refuses UPDATE, DELETE and
 * TRUNCATE, so every earlier version is kept.
 */
@Entity('check_in_schedule_version')
@Index('check_in_schedule_version_once', ['planId', 'version'], { unique: true })
export class CheckInScheduleVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  /** The phase it was set in: reaching that phase again starts from its default. */
  @Column({ name: 'phase_id', type: 'uuid' })
  phaseId: string;

  @ManyToOne('PlanPhase', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'phase_id' })
  phase?: unknown;

  @Column({ type: 'int' })
  version: number;

  /** YYYY-MM-DD in the program's time zone. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ type: 'jsonb' })
  steps: ScheduleStep[];

  @Column({ name: 'set_by_user_id', type: 'uuid' })
  setByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

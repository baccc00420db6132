import { ContactType, PHASE_STAGES, PhaseStage } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from './plan.entity';

export const PHASE_STATUSES = ['LOCKED', 'CURRENT', 'DONE'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** An ordered step of a plan, copied from the template version the plan started from. */
@Entity('plan_phase')
@Index(['planId', 'position'], { unique: true })
@Index(['planId', 'status'])
export class PlanPhase {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  /** 1-based place on the ladder. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'contact_types', type: 'text', array: true })
  contactTypes: ContactType[];

  /** What reaching this phase starts (the trial homecoming, aftercare), copied from the template. */
  @Column({ type: 'enum', enum: PHASE_STAGES, enumName: 'phase_stage', nullable: true })
  stage: PhaseStage | null;

  @Column({ type: 'enum', enum: PHASE_STATUSES, enumName: 'phase_status', default: 'LOCKED' })
  status: PhaseStatus;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** After a step back: the day before which the plan may not move up into this phase again. */
  @Column({ name: 'wait_until', type: 'date', nullable: true })
  waitUntil: string | null;
}

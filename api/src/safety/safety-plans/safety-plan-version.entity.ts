import type { SafetyPlanSections } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';

/**
 * One saved version of a patient's safety plan (Stanley-Brown): the six sections in their own
 * words. Each save is a new row; nothing is overwritten (triggers refuse UPDATE, DELETE and
 * TRUNCATE), so every earlier version is kept.
 */
@Entity('safety_plan_version')
@Index('safety_plan_version_once', ['planId', 'version'], { unique: true })
export class SafetyPlanVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  sections: SafetyPlanSections;

  /** The day to look at it again (YYYY-MM-DD), when the patient chose one. */
  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn: string | null;

  @Column({ name: 'written_by_user_id', type: 'uuid' })
  writtenByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import type { FirstWeeksTopic } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';

/**
 * One version of the counselor's suggestion for a topic of the first weeks at home ("a quiet
 * first weekend, a celebration later"). Kept like the hopes: a change is a new row.
 */
@Entity('first_weeks_suggestion')
@Index('first_weeks_suggestion_once', ['planId', 'topic', 'version'], { unique: true })
export class FirstWeeksSuggestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ type: 'text' })
  topic: FirstWeeksTopic;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  words: string;

  @Column({ name: 'written_by_user_id', type: 'uuid' })
  writtenByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import type { FirstWeeksTopic } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';

/**
 * One version of what a member hopes the first weeks at home will be like, on one topic (issue
 * 15). A new answer is a new row; triggers refuse UPDATE, DELETE and TRUNCATE, so every earlier
 * version is kept. Empty words: the member chose to leave the topic empty again.
 */
@Entity('first_weeks_hope')
@Index('first_weeks_hope_once', ['authorMemberId', 'topic', 'version'], { unique: true })
@Index(['planId'])
export class FirstWeeksHope {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ name: 'author_member_id', type: 'uuid' })
  authorMemberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_member_id' })
  author?: PlanMember;

  @Column({ type: 'text' })
  topic: FirstWeeksTopic;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  words: string;

  /** The others on the plan it concerns (who read it); the author chose them. */
  @Column({ name: 'party_member_ids', type: 'uuid', array: true })
  partyMemberIds: string[];

  @Column({ name: 'written_by_user_id', type: 'uuid' })
  writtenByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

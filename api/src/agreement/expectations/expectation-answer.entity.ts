import { EXPECTATION_DECISIONS, ExpectationDecision } from '@homeward/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { Expectation } from './expectation.entity';

/**
 * A party's answer to one version, or a counselor's comment or suggested wording (no decision).
 * Never edited: a changed mind is a new row, and the latest answer per party counts.
 */
@Entity('expectation_answer')
@Index(['expectationId', 'createdAt'])
@Check('expectation_answer_says_something', `"decision" IS NOT NULL OR "comment" IS NOT NULL`)
export class ExpectationAnswer {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'expectation_id', type: 'uuid' })
  expectationId: string;

  @ManyToOne(() => Expectation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expectation_id' })
  expectation?: Expectation;

  @Column({ type: 'int' })
  version: number;

  /** The party's place on the plan; null for a counselor's comment. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: PlanMember;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({
    type: 'enum',
    enum: EXPECTATION_DECISIONS,
    enumName: 'expectation_decision',
    nullable: true,
  })
  decision: ExpectationDecision | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** A counselor's suggested wording, for the parties to take up in a revision. */
  @Column({ name: 'suggested_text', type: 'text', nullable: true })
  suggestedText: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import {
  EXPECTATION_CATEGORIES,
  EXPECTATION_STATUSES,
  ExpectationCategory,
  ExpectationStatus,
} from '@homeward/domain';
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
import { Plan } from '../../planning/plans/plan.entity';

/**
 * What one person asks of another on a plan. Its words live in expectation_version, one row per
 * revision; answers in expectation_answer. This row only carries who, what about and where it stands.
 */
@Entity('expectation')
@Index(['planId', 'createdAt'])
@Check('expectation_two_parties', `"from_member_id" <> "to_member_id"`)
export class Expectation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  /** Whose expectation it is: the person who asks for it ("from whom"). */
  @Column({ name: 'from_member_id', type: 'uuid' })
  fromMemberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_member_id' })
  fromMember?: PlanMember;

  /** Of whom it is expected ("to whom"). */
  @Column({ name: 'to_member_id', type: 'uuid' })
  toMemberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_member_id' })
  toMember?: PlanMember;

  @Column({ type: 'enum', enum: EXPECTATION_CATEGORIES, enumName: 'expectation_category' })
  category: ExpectationCategory;

  /** The phase (its place on the ladder) from which it applies. */
  @Column({ name: 'applies_from_phase', type: 'int' })
  appliesFromPhase: number;

  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn: string | null;

  @Column({
    type: 'enum',
    enum: EXPECTATION_STATUSES,
    enumName: 'expectation_status',
    default: 'PROPOSED',
  })
  status: ExpectationStatus;

  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion: number;

  /** The latest version every party accepted: what the home contract holds while a newer wording is talked over. */
  @Column({ name: 'agreed_version', type: 'int', nullable: true })
  agreedVersion: number | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

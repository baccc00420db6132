import {
  CONCERN_CLOSE_REASONS,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  CONCERN_SUBJECTS,
  ConcernCloseReason,
  ConcernSeverity,
  ConcernStatus,
  ConcernSubject,
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
 * A concern raised on a plan (DESIGN §3 Concern). Its words live in concern_entry, one row each,
 * never edited; this row keeps only where the concern stands. Never deleted (a trigger refuses).
 */
@Entity('concern')
@Index(['planId', 'createdAt'])
// The staff queue reads open concerns by plan; settled ones stay as history.
@Index('concern_open', ['planId', 'severity', 'createdAt'], {
  where: `"status" IN ('OPEN', 'IN_DISCUSSION')`,
})
@Check(
  'concern_subject_named',
  `("subject" <> 'BOUNDARY' OR "boundary_id" IS NOT NULL) AND ("subject" <> 'EXPECTATION' OR "expectation_id" IS NOT NULL) AND ("subject" <> 'VISIT' OR "visit_id" IS NOT NULL)`,
)
export class Concern {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ name: 'raised_by_user_id', type: 'uuid' })
  raisedByUserId: string;

  /** The raiser's place on the plan; null when staff raised it. */
  @Column({ name: 'raised_by_member_id', type: 'uuid', nullable: true })
  raisedByMemberId: string | null;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_member_id' })
  raisedBy?: PlanMember;

  @Column({ type: 'enum', enum: CONCERN_SUBJECTS, enumName: 'concern_subject' })
  subject: ConcernSubject;

  @Column({ name: 'boundary_id', type: 'uuid', nullable: true })
  boundaryId: string | null;

  @Column({ name: 'expectation_id', type: 'uuid', nullable: true })
  expectationId: string | null;

  @Column({ name: 'visit_id', type: 'uuid', nullable: true })
  visitId: string | null;

  /** The people it is about: they see it only once staff have reviewed it. */
  @Column({ name: 'about_member_ids', type: 'uuid', array: true, default: () => "'{}'" })
  aboutMemberIds: string[];

  /** The people the counselor brought into the conversation (the raiser and those it is about among them). */
  @Column({ name: 'party_member_ids', type: 'uuid', array: true, default: () => "'{}'" })
  partyMemberIds: string[];

  @Column({ type: 'enum', enum: CONCERN_SEVERITIES, enumName: 'concern_severity' })
  severity: ConcernSeverity;

  /** The raiser agreed that the others may read their own words, not only the counselor's framing. */
  @Column({ name: 'share_own_words', type: 'boolean' })
  shareOwnWords: boolean;

  @Column({ type: 'enum', enum: CONCERN_STATUSES, enumName: 'concern_status', default: 'OPEN' })
  status: ConcernStatus;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({
    name: 'close_reason',
    type: 'enum',
    enum: CONCERN_CLOSE_REASONS,
    enumName: 'concern_close_reason',
    nullable: true,
  })
  closeReason: ConcernCloseReason | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it was resolved with a repair or closed with a kind reason. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}

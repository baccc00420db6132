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

export const NOTE_VISIBILITIES = ['PLAN', 'STAFF_ONLY'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];

/**
 * A daily check-in. Never edited: a second one the same day is a new row that counts instead,
 * and the first stays as history. The patient's fields or a family member's, never both.
 */
@Entity('check_in')
@Index(['planId', 'day'])
@Index(['memberId', 'day', 'createdAt'])
// The caseload reads each plan's and each member's latest check-in: both by index, never by a scan.
@Index(['planId', 'createdAt'])
@Index(['memberId', 'createdAt'])
// A resubmitted request (same key) never makes a second row.
@Index('check_in_once_per_key', ['memberId', 'idempotencyKey'], { unique: true })
@Check(
  'check_in_patient_scales',
  `"mood" IS NULL OR ("mood" BETWEEN 1 AND 5 AND "craving" BETWEEN 0 AND 10)`,
)
@Check('check_in_family_scale', `"stress" IS NULL OR "stress" BETWEEN 1 AND 5`)
@Check(
  'check_in_one_kind',
  `("mood" IS NOT NULL AND "craving" IS NOT NULL AND "stress" IS NULL) OR ("stress" IS NOT NULL AND "mood" IS NULL AND "craving" IS NULL)`,
)
export class CheckIn {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: PlanMember;

  /** The day in the person's own time zone. */
  @Column({ type: 'date' })
  day: string;

  @Column({ type: 'smallint', nullable: true })
  mood: number | null;

  @Column({ type: 'smallint', nullable: true })
  craving: number | null;

  /** The patient went to a recovery meeting; a family member to a support group. */
  @Column({ name: 'attended_meeting', type: 'boolean' })
  attendedMeeting: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({
    name: 'note_visibility',
    type: 'enum',
    enum: NOTE_VISIBILITIES,
    enumName: 'note_visibility',
    nullable: true,
  })
  noteVisibility: NoteVisibility | null;

  @Column({ type: 'smallint', nullable: true })
  stress: number | null;

  @Column({ name: 'wants_support', type: 'boolean', nullable: true })
  wantsSupport: boolean | null;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

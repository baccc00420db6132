import { RELATIONSHIPS, Relationship } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Membership } from '../../identity/people/membership.entity';

export const MEMBER_KINDS = ['PATIENT', 'FAMILY', 'STAFF'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/**
 * AWAITING_PATIENT: a family member the counselor proposed, waiting for the patient's yes.
 * INVITED: approved, waiting for the person to accept their invitation. DECLINED: the patient
 * said no (no reason asked). REMOVED: off the plan; their history stays.
 */
export const MEMBER_STATUSES = [
  'AWAITING_PATIENT',
  'INVITED',
  'ACTIVE',
  'DECLINED',
  'REMOVED',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

@Entity('plan_member')
@Index(['planId', 'status'])
@Index(['membershipId', 'status'])
// A person is on a plan once while their place is open.
@Index('plan_member_one_open_per_email', ['planId', 'email'], {
  unique: true,
  where: `"status" IN ('AWAITING_PATIENT', 'INVITED', 'ACTIVE')`,
})
@Index('plan_member_one_open_per_membership', ['planId', 'membershipId'], {
  unique: true,
  where: `"status" IN ('AWAITING_PATIENT', 'INVITED', 'ACTIVE')`,
})
export class PlanMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  // The plan is named, not imported: plans build on their members, never the other way round.
  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  /** The person's membership once they have an account in the organization. */
  @Column({ name: 'membership_id', type: 'uuid', nullable: true })
  membershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'membership_id' })
  membership?: Membership;

  @Column({ type: 'enum', enum: MEMBER_KINDS, enumName: 'member_kind' })
  kind: MemberKind;

  @Column({ type: 'enum', enum: RELATIONSHIPS, enumName: 'relationship', nullable: true })
  relationship: Relationship | null;

  /** How the plan names them (their account name once they join). */
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'enum', enum: MEMBER_STATUSES, enumName: 'member_status' })
  status: MemberStatus;

  /** A contact restriction (e.g. a no-contact order) the scheduler must honour. */
  @Column({ name: 'contact_restricted', type: 'boolean', default: false })
  contactRestricted: boolean;

  @Column({ name: 'restriction_note', type: 'text', nullable: true })
  restrictionNote: string | null;

  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId: string | null;

  @Column({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}

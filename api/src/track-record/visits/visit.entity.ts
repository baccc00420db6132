import { CONTACT_TYPES, ContactType, VISIT_STATUSES, VisitStatus } from '@homeward/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Membership } from '../../identity/people/membership.entity';
import { Plan } from '../../planning/plans/plan.entity';

/** A contact between people on a plan: requested, approved by staff, then completed, cancelled or ended early. */
@Entity('visit')
@Index(['planId', 'startsAt'])
@Check('visit_ends_after_start', `"ends_at" > "starts_at"`)
@Check('visit_contact_type', `"contact_type" IN (${CONTACT_TYPES.map((c) => `'${c}'`).join(', ')})`)
export class Visit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ name: 'contact_type', type: 'text' })
  contactType: ContactType;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  place: string;

  /** The member of staff who will be there, where the contact type needs one. */
  @Column({ name: 'supervisor_membership_id', type: 'uuid', nullable: true })
  supervisorMembershipId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supervisor_membership_id' })
  supervisor?: Membership;

  @Column({ type: 'enum', enum: VISIT_STATUSES, enumName: 'visit_status' })
  status: VisitStatus;

  @Column({ name: 'requested_by_user_id', type: 'uuid' })
  requestedByUserId: string;

  @Column({ name: 'approved_by_user_id', type: 'uuid', nullable: true })
  approvedByUserId: string | null;

  @Column({ name: 'closed_by_user_id', type: 'uuid', nullable: true })
  closedByUserId: string | null;

  /** Why it was cancelled or ended early, in the words of whoever closed it. */
  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { ConsentCategory } from '@homeward/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PlanMember } from '../plan-members/plan-member.entity';
import { Plan } from '../plans/plan.entity';

/**
 * A patient's written consent to disclose to one family member (42 CFR §2.31). Every element
 * is required by the database itself, not only by the form. Never edited: revoking sets
 * revoked_at, and a new grant is a new row.
 */
@Entity('consent')
@Index(['planId', 'recipientMemberId'])
// At most one live consent per family member: a new grant revokes the old one first.
@Index('consent_one_live_per_member', ['recipientMemberId'], {
  unique: true,
  where: '"revoked_at" IS NULL',
})
@Check('consent_patient_name_given', `length(trim("patient_name")) > 0`)
@Check('consent_program_given', `length(trim("program_name")) > 0`)
@Check('consent_recipient_given', `length(trim("recipient_name")) > 0`)
@Check('consent_categories_given', `cardinality("categories") > 0`)
@Check('consent_purpose_given', `length(trim("purpose")) > 0`)
@Check('consent_revocation_terms_given', `length(trim("revocation_terms")) > 0`)
@Check('consent_signature_given', `length(trim("signature")) > 0`)
@Check('consent_expires_after_signing', `"expires_at" > "signed_at"`)
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ name: 'recipient_member_id', type: 'uuid' })
  recipientMemberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_member_id' })
  recipientMember?: PlanMember;

  @Column({ name: 'patient_name', type: 'text' })
  patientName: string;

  /** The program that discloses. */
  @Column({ name: 'program_name', type: 'text' })
  programName: string;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName: string;

  /** The description of the information: which categories. */
  @Column({ type: 'text', array: true })
  categories: ConsentCategory[];

  @Column({ type: 'text' })
  purpose: string;

  /** The right to revoke and how. */
  @Column({ name: 'revocation_terms', type: 'text' })
  revocationTerms: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** The patient's typed full name. */
  @Column({ type: 'text' })
  signature: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

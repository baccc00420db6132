import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * PREPARED: the patient wrote it with their counselor. OFFERED: reviewed together, waiting for
 * the recipient. NOT_NOW: the recipient chose not now (kind and private: the patient reads it
 * as still offered). RECEIVED: the recipient chose to read it.
 */
export const AMENDS_STATUSES = ['PREPARED', 'OFFERED', 'NOT_NOW', 'RECEIVED'] as const;
export type AmendsStatus = (typeof AMENDS_STATUSES)[number];

/** Who may read a recipient's reply: the patient too, or only staff. */
export const REPLY_VISIBILITIES = ['PATIENT', 'STAFF_ONLY'] as const;
export type ReplyVisibility = (typeof REPLY_VISIBILITIES)[number];

/** An amends the patient offers one person; its words are kept as written (no update trigger on text). */
@Entity('amends')
@Index(['planId', 'createdAt'])
export class Amends {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  @Column({ name: 'patient_member_id', type: 'uuid' })
  patientMemberId: string;

  @ManyToOne('PlanMember', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_member_id' })
  patientMember?: unknown;

  @Column({ name: 'recipient_member_id', type: 'uuid' })
  recipientMemberId: string;

  @ManyToOne('PlanMember', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_member_id' })
  recipientMember?: unknown;

  @Column({ name: 'what_happened', type: 'text' })
  whatHappened: string;

  @Column({ type: 'text' })
  responsibility: string;

  @Column({ name: 'will_do_differently', type: 'text' })
  willDoDifferently: string;

  @Column({ type: 'text' })
  status: AmendsStatus;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({ name: 'offered_at', type: 'timestamptz', nullable: true })
  offeredAt: Date | null;

  /** When the recipient last chose: not now, then receive, keeps the later time. */
  @Column({ name: 'chosen_at', type: 'timestamptz', nullable: true })
  chosenAt: Date | null;

  @Column({ name: 'received_at', type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ name: 'reply_visibility', type: 'text', nullable: true })
  replyVisibility: ReplyVisibility | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;
}

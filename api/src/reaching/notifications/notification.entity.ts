import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One thing a person is told, in the app (and by email if they chose it). Made in the
 * transaction of the change that caused it; `dedupe_key` makes it once per person however many
 * changes or instances see the same cause.
 */
@Entity('notification')
@Index(['userId', 'dedupeKey'], { unique: true })
@Index(['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  /** The recipient's own place on the plan (patient or family), checked again before a mail goes. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'record_id', type: 'text', nullable: true })
  recordId: string | null;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  /** The consent category a family member must still hold to be told (CHECKINS, PROGRESS). */
  @Column({ name: 'needs_consent', type: 'text', nullable: true })
  needsConsent: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

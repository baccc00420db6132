import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each person's choices about being reached; no row means the defaults. Times are HH:MM in their own time zone. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'email_groups', type: 'text', array: true })
  emailGroups: string[];

  /** One mail a day at `digestTime` instead of one per update. */
  @Column({ type: 'boolean', default: false })
  digest: boolean;

  @Column({ name: 'digest_time', type: 'text', default: '18:00' })
  digestTime: string;

  /** Nothing is sent between these times; it waits until they end. */
  @Column({ name: 'quiet_from', type: 'text', nullable: true })
  quietFrom: string | null;

  @Column({ name: 'quiet_until', type: 'text', nullable: true })
  quietUntil: string | null;

  /** The daily check-in reminder's time; null: no reminder. */
  @Column({ name: 'check_in_reminder_at', type: 'text', nullable: true })
  checkInReminderAt: string | null;

  /** Staff: a daily mail about their caseload. */
  @Column({ name: 'caseload_digest', type: 'boolean', default: false })
  caseloadDigest: boolean;

  /** Everything off: no mail and no reminders (the app still keeps the list). */
  @Column({ name: 'all_paused', type: 'boolean', default: false })
  allPaused: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutgoingMailStatus = 'PENDING' | 'SENT' | 'SKIPPED' | 'GAVE_UP';

/**
 * The mail queue (DESIGN §5): a row is written in the transaction of the change that causes it,
 * so a rolled-back change sends nothing and a committed one is never lost. What the mail says
 * is composed when it goes out (in the recipient's language, after checking again that they may
 * still see it), so `data` holds references, never the words of a plan.
 */
@Entity('outgoing_mail')
@Index('outgoing_mail_due', ['sendAfter'], { where: "status = 'PENDING'" })
export class OutgoingMail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Which composer writes it: `invitation`, `password_reset`, `notifications`, … */
  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, unknown>;

  /** Not before: the end of the recipient's quiet hours, their digest time, or the next retry. */
  @Column({ name: 'send_after', type: 'timestamptz' })
  sendAfter: Date;

  @Column({ type: 'text', default: 'PENDING' })
  status: OutgoingMailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The transport's last refusal (a code and words from the mail server; never the mail). */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

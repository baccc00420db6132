import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MessageThread } from './message-thread.entity';

/**
 * One sent message: text only, never edited or deleted by anyone (database triggers refuse
 * UPDATE, DELETE and TRUNCATE); a correction is a new message.
 */
@Entity('message')
@Index(['threadId', 'sentAt'])
@Index('message_once_per_key', ['authorMembershipId', 'idempotencyKey'], { unique: true })
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => MessageThread, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id' })
  thread?: MessageThread;

  @Column({ name: 'author_membership_id', type: 'uuid' })
  authorMembershipId: string;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}

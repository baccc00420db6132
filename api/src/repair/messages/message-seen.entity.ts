import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Message } from './message.entity';

/** The first time a participant saw a message: written once, never moved. */
@Entity('message_seen')
export class MessageSeen {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @ManyToOne(() => Message, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'message_id' })
  message?: Message;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt: Date;
}

import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MessageThread } from './message-thread.entity';

export const PARTICIPANT_KINDS = ['PATIENT', 'FAMILY', 'STAFF'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** Who is in a thread: members by their place on the plan, staff by their membership. */
@Entity('message_participant')
export class MessageParticipant {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => MessageThread, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id' })
  thread?: MessageThread;

  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  /** Their place on the plan (patient or family); null for staff. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ type: 'text' })
  kind: ParticipantKind;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}

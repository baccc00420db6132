import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A conversation between members of one plan; staff of the plan may read it and join it. */
@Entity('message_thread')
@Index(['planId', 'lastMessageAt'])
export class MessageThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  // The plan is named, not imported: repair builds on planning, never the other way round.
  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  @Column({ name: 'started_by_user_id', type: 'uuid' })
  startedByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When its newest message was sent: threads read newest first. */
  @Column({ name: 'last_message_at', type: 'timestamptz' })
  lastMessageAt: Date;
}

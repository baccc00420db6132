import { CONCERN_ENTRY_KINDS, ConcernEntryKind } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Concern } from './concern.entity';

/**
 * Words written on a concern: the raiser's, each framing the counselor writes (the latest is the
 * one people read; earlier ones stay), and the conversation. Append-only: a trigger refuses
 * UPDATE and DELETE, so nobody's words are ever overwritten.
 */
@Entity('concern_entry')
@Index(['concernId', 'createdAt'])
export class ConcernEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'concern_id', type: 'uuid' })
  concernId: string;

  @ManyToOne(() => Concern, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concern_id' })
  concern?: Concern;

  @Column({ type: 'enum', enum: CONCERN_ENTRY_KINDS, enumName: 'concern_entry_kind' })
  kind: ConcernEntryKind;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'text' })
  words: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The counselor's closing words on a completed plan, each writing a new version; a trigger
 * refuses UPDATE, DELETE and TRUNCATE, so what everyone received is kept as it was.
 */
@Entity('closing_words_version')
@Index('closing_words_version_once', ['planId', 'version'], { unique: true })
export class ClosingWordsVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  words: string;

  @Column({ name: 'written_by_user_id', type: 'uuid' })
  writtenByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

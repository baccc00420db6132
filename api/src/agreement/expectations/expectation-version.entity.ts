import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Expectation } from './expectation.entity';

/** One wording of an expectation. Never edited: a revision is a new row (DESIGN rule 6). */
@Entity('expectation_version')
@Index(['expectationId', 'version'], { unique: true })
export class ExpectationVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expectation_id', type: 'uuid' })
  expectationId: string;

  @ManyToOne(() => Expectation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expectation_id' })
  expectation?: Expectation;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  text: string;

  /** The review date this version set, so an earlier one is never lost. */
  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn: string | null;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

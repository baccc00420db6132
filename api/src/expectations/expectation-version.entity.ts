import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One wording of an expectation. Never edited: a revision is a new row (DESIGN rule 6). */
@Entity('expectation_version')
@Index(['expectationId', 'version'], { unique: true })
export class ExpectationVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'expectation_id', type: 'uuid' })
  expectationId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

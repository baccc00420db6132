import { COMMITMENT_OUTCOMES, CommitmentOutcome } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RepairCommitment } from './repair-commitment.entity';

export const MARK_ROLES = ['OWNER', 'STAFF'] as const;
export type MarkRole = (typeof MARK_ROLES)[number];

/**
 * How a commitment went: its owner marks it kept or "not yet", and staff confirm. Each mark is a
 * new row (the latest of each role counts); append-only.
 */
@Entity('repair_commitment_mark')
@Index(['commitmentId', 'createdAt'])
export class CommitmentMark {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @ManyToOne(() => RepairCommitment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: RepairCommitment;

  @Column({ type: 'enum', enum: MARK_ROLES, enumName: 'commitment_mark_role' })
  role: MarkRole;

  @Column({ type: 'enum', enum: COMMITMENT_OUTCOMES, enumName: 'commitment_outcome' })
  outcome: CommitmentOutcome;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

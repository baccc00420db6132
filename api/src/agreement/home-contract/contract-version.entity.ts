import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';
import type { ContractContent } from '../dto/contract-content';

/**
 * One version of a plan's home contract: the agreed expectations and acknowledged boundaries at
 * that moment, frozen as they read then, with the SHA-256 of their canonical JSON. Never edited.
 */
@Entity('contract_version')
@Index(['planId', 'version'], { unique: true })
export class ContractVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  content: ContractContent;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { REPAIR_STATUSES, RepairStatus } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Plan } from '../../planning/plans/plan.entity';
import { Concern } from '../concerns/concern.entity';

/**
 * What each person will do so the other feels safe again (issue 12, item 2). A new proposal is a
 * new version and the earlier one is kept as SUPERSEDED; never deleted (a trigger refuses).
 */
@Entity('repair_agreement')
@Index(['concernId', 'version'], { unique: true })
@Index(['planId'])
export class RepairAgreement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'concern_id', type: 'uuid' })
  concernId: string;

  @ManyToOne(() => Concern, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'concern_id' })
  concern?: Concern;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: REPAIR_STATUSES, enumName: 'repair_status', default: 'PROPOSED' })
  status: RepairStatus;

  @Column({ name: 'proposed_by_user_id', type: 'uuid' })
  proposedByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'agreed_at', type: 'timestamptz', nullable: true })
  agreedAt: Date | null;

  @Column({ name: 'kept_at', type: 'timestamptz', nullable: true })
  keptAt: Date | null;
}

import { PhaseTemplate } from '@homeward/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of an organization's plan template. Editing makes a new version; plans keep a
 * copy of the phases they started from, so old plans never change under anyone's feet.
 */
@Entity('plan_template')
@Index(['organizationId', 'version'], { unique: true })
export class PlanTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  phases: PhaseTemplate[];

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

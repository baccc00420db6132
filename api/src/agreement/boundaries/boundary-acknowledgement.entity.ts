import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { Boundary } from './boundary.entity';

/** "I understand": one person's acknowledgement of one version of a boundary. */
@Entity('boundary_acknowledgement')
@Index(['boundaryId', 'version', 'memberId'], { unique: true })
export class BoundaryAcknowledgement {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'boundary_id', type: 'uuid' })
  boundaryId: string;

  @ManyToOne(() => Boundary, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'boundary_id' })
  boundary?: Boundary;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: PlanMember;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { LapsePlanVersion } from './lapse-plan-version.entity';

/** A member accepted one version of the lapse plan. Append-only. */
@Entity('lapse_plan_acceptance')
@Index(['versionId', 'memberId'], { unique: true })
export class LapsePlanAcceptance {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => LapsePlanVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  planVersion?: LapsePlanVersion;

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

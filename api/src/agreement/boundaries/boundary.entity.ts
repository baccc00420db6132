import { EXPECTATION_CATEGORIES, ExpectationCategory } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { Plan } from '../../planning/plans/plan.entity';

/**
 * What one person needs to feel safe (DESIGN principle 3). Its words, the people it applies to and
 * its visibility live in boundary_version; others acknowledge a version, nobody approves it.
 */
@Entity('boundary')
@Index(['planId', 'createdAt'])
export class Boundary {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  @Column({ name: 'owner_member_id', type: 'uuid' })
  ownerMemberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_member_id' })
  owner?: PlanMember;

  @Column({ type: 'enum', enum: EXPECTATION_CATEGORIES, enumName: 'expectation_category' })
  category: ExpectationCategory;

  @Column({ name: 'current_version', type: 'int', default: 1 })
  currentVersion: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

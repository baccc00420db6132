import { ROLES, Role } from '@homeward/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { User } from './user.entity';

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * Ties a user to an organization in one role. A person may hold several (a counselor who is
 * also the admin; a mother on plans in two programs), one per role in each organization.
 */
@Entity('membership')
@Index(['organizationId', 'userId', 'role'], { unique: true })
@Index(['organizationId', 'createdAt', 'id'])
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: ROLES, enumName: 'role' })
  role: Role;

  @Column({
    type: 'enum',
    enum: MEMBERSHIP_STATUSES,
    enumName: 'membership_status',
    default: 'ACTIVE',
  })
  status: MembershipStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { ROLES, Role } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations/organization.entity';
import { Membership } from '../people/membership.entity';

/** A one-time, expiring invitation; only the token's SHA-256 is stored. */
@Entity('invitation')
@Index(['organizationId', 'createdAt', 'id'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Column({ type: 'enum', enum: ROLES, enumName: 'role' })
  role: Role;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash: string;

  /** Who sent it; none for an organization's first admin, invited by `npm run org:create`. */
  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Membership;

  /** Set for a family invitation to a plan: it works only once the patient has approved. */
  @Column({ name: 'plan_member_id', type: 'uuid', nullable: true })
  planMemberId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

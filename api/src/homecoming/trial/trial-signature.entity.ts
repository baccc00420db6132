import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { TrialConditionsVersion } from './trial-conditions-version.entity';

/** A member's signature on one version of the conditions: the name they typed, when, the hash they saw. */
@Entity('trial_signature')
@Index(['versionId', 'memberId'], { unique: true })
@Check('trial_signature_named', `length(btrim("typed_name")) > 0`)
export class TrialSignature {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => TrialConditionsVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  conditionsVersion?: TrialConditionsVersion;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: PlanMember;

  @Column({ name: 'typed_name', type: 'text' })
  typedName: string;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt: Date;
}

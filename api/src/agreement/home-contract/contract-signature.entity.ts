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
import { ContractVersion } from './contract-version.entity';

/** A member's signature on one contract version: the name they typed, when, and the hash they saw. */
@Entity('contract_signature')
@Index(['contractVersionId', 'memberId'], { unique: true })
@Check('contract_signature_named', `length(btrim("typed_name")) > 0`)
export class ContractSignature {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_version_id', type: 'uuid' })
  contractVersionId: string;

  @ManyToOne(() => ContractVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_version_id' })
  contractVersion?: ContractVersion;

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

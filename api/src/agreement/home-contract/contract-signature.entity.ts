import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ContractVersion } from './contract-version.entity';
import { VersionSignatureColumns } from './version-signature.entity';

/** A member's signature on one contract version: the name they typed, when, and the hash they saw. */
@Entity('contract_signature')
@Index(['contractVersionId', 'memberId'], { unique: true })
@Check('contract_signature_named', `length(btrim("typed_name")) > 0`)
export class ContractSignature extends VersionSignatureColumns {
  @Column({ name: 'contract_version_id', type: 'uuid' })
  contractVersionId: string;

  @ManyToOne(() => ContractVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_version_id' })
  contractVersion?: ContractVersion;
}

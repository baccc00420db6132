import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionSignatureColumns } from '../../agreement/home-contract/version-signature.entity';
import { TrialConditionsVersion } from './trial-conditions-version.entity';

/** A member's signature on one version of the conditions: the name they typed, when, the hash they saw. */
@Entity('trial_signature')
@Index(['versionId', 'memberId'], { unique: true })
@Check('trial_signature_named', `length(btrim("typed_name")) > 0`)
export class TrialSignature extends VersionSignatureColumns {
  @Column({ name: 'version_id', type: 'uuid' })
  versionId: string;

  @ManyToOne(() => TrialConditionsVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  conditionsVersion?: TrialConditionsVersion;
}

import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';

/**
 * What every signature on a version a household agrees to holds (the home contract, a trial
 * homecoming's conditions): who signed, the name they typed, the hash of what they read, when.
 * Each kind of signature keeps its own table (an @Entity of its own feature; this class is none)
 * and its link to its own version.
 */
export abstract class VersionSignatureColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { RepairAgreement } from './repair-agreement.entity';

/** A person accepted their own part of a repair agreement. Append-only. */
@Entity('repair_acceptance')
@Index(['agreementId', 'memberId'], { unique: true })
export class RepairAcceptance {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => RepairAgreement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: RepairAgreement;

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

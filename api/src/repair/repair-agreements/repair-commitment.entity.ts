import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { RepairAgreement } from './repair-agreement.entity';

/** One thing one person will do. Append-only: a change is a new agreement version. */
@Entity('repair_commitment')
@Index(['agreementId', 'position'], { unique: true })
export class RepairCommitment {
  @PrimaryGeneratedColumn('uuid')
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

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  words: string;

  @Column({ name: 'review_on', type: 'date', nullable: true })
  reviewOn: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

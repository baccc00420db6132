import { WILLINGNESS, Willingness } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { Visit } from './visit.entity';

/** Someone taking part in a visit, and whether they said they are willing. */
@Entity('visit_participant')
@Index(['visitId', 'memberId'], { unique: true })
@Index(['memberId'])
export class VisitParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: PlanMember;

  @Column({ type: 'enum', enum: WILLINGNESS, enumName: 'willingness', default: 'PENDING' })
  willingness: Willingness;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;
}

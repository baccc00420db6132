import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Membership } from '../../identity/people/membership.entity';
import { PlanTemplate } from '../templates/plan-template.entity';

export const PLAN_STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CLOSED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** One reunification plan for one patient. */
@Entity('plan')
@Index(['organizationId', 'primaryCounselorId', 'createdAt', 'id'])
@Index(['organizationId', 'createdAt', 'id'])
@Index(['patientMembershipId'])
// One open plan per patient, whatever races to create a second.
@Index('plan_one_open_per_patient', ['patientMembershipId'], {
  unique: true,
  where: `"status" IN ('DRAFT', 'ACTIVE', 'PAUSED')`,
})
export class Plan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'patient_membership_id', type: 'uuid' })
  patientMembershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'patient_membership_id' })
  patientMembership?: Membership;

  @Column({ name: 'primary_counselor_id', type: 'uuid' })
  primaryCounselorId: string;

  @ManyToOne(() => Membership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'primary_counselor_id' })
  primaryCounselor?: Membership;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne(() => PlanTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: PlanTemplate;

  @Column({ type: 'enum', enum: PLAN_STATUSES, enumName: 'plan_status', default: 'ACTIVE' })
  status: PlanStatus;

  /** Why it was last paused, resumed or closed. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** A soft target for the homecoming; never a deadline. */
  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;
}

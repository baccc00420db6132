import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Plan } from './plan.entity';

/**
 * What a plan's check-ins say, kept for the caseload so that a page of 50 plans reads one row
 * each instead of searching hundreds of thousands of check-ins. Recomputed from the check-ins
 * by the SQL function `refresh_plan_summary` (see the PlanSummary migration) in the transaction
 * of every change on the plan (PlanSummaries); check-ins are only ever written by such changes.
 * A plan without a row has no check-ins yet.
 */
@Entity('plan_summary')
export class PlanSummary {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @OneToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Plan;

  /** Each member's last check-in (`created_at`), by member id: who has gone quiet. */
  @Column({ name: 'last_check_ins', type: 'jsonb', default: () => "'{}'" })
  lastCheckIns: Record<string, string>;

  /** The newest check-in with a craving at or above the threshold it was kept with. */
  @Column({ name: 'high_craving_check_in_id', type: 'uuid', nullable: true })
  highCravingCheckInId: string | null;
}

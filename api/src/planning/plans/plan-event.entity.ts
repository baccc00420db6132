import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The plan's history, readable by the people on it: every change, who made it and why. Append-only. */
@Entity('plan_event')
@Index(['planId', 'id'])
export class PlanEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** e.g. PLAN_CREATED, PLAN_PAUSED, MEMBER_ADDED, CONSENT_GRANTED. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

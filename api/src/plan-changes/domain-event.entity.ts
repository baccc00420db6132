import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox (STYLE 33): one row per change to a plan, written in the change's transaction by
 * the plan-change runner. Notifications, e-mail and live updates read it in order of `id`;
 * nothing is ever updated or deleted here (a trigger refuses it).
 */
@Entity('domain_event')
@Index(['planId', 'id'])
export class DomainEventRow {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  /** e.g. `visit.requested`, `agreement.expectation_proposed`: the feature's own typed name. */
  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'record_type', type: 'text' })
  recordType: string;

  @Column({ name: 'record_id', type: 'text', nullable: true })
  recordId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanPermission } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { DomainError, ParamlessReason } from '../platform/domain-error';
import { RequestContext } from '../platform/request-context';
import { DomainEventRow } from './domain-event.entity';
import {
  DomainEvent,
  PlanChange,
  PlanChangeFollower,
  PlanChangeListener,
  PlanChangeOutcome,
  RecordedEvent,
} from './plan-change';

export interface PlanChangeOptions {
  /** Only when a rule needs a second permission; otherwise the one the resolver declared. */
  permission?: PlanPermission;
  /** The refusal on a closed or completed plan; null when the work decides (reopening, say). */
  whenClosed?: ParamlessReason | null;
  /** The refusal when the plan is not active (paused, draft), for changes that need it running. */
  whenNotActive?: ParamlessReason;
}

const CLOSED = new Set(['CLOSED', 'COMPLETED']);

/**
 * The one road for every change to a plan (DESIGN §6, STYLE 30): one transaction → access with
 * the declared permission → the plan's one row lock, taken after access is decided → the plan's
 * state → the feature's work → what follows every change (milestones, visits the plan no longer
 * allows) → audit event → last activity → the domain event, all committed together or not at all.
 */
@Injectable()
export class PlanChanges {
  private readonly followers: PlanChangeFollower[] = [];
  private readonly listeners: PlanChangeListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Work that follows every change (registered once, at start-up, by the feature that owns it). */
  follow(follower: PlanChangeFollower): void {
    this.followers.push(follower);
  }

  /** What listens to every recorded change (notifications, live updates), registered at start-up. */
  listen(listener: PlanChangeListener): void {
    this.listeners.push(listener);
  }

  run<T>(
    ctx: RequestContext,
    planId: string,
    work: (change: PlanChange) => Promise<PlanChangeOutcome<T>>,
    options: PlanChangeOptions = {},
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const actor = tx.signedIn;
      const permission = options.permission ?? declared(ctx.permission);
      const relation = await this.access.requirePlan(manager, actor, permission, planId);
      relation.status = await lockPlan(manager, planId, actor.organizationId);

      const whenClosed = options.whenClosed === undefined ? 'PLAN_CLOSED' : options.whenClosed;
      if (whenClosed && CLOSED.has(relation.status)) {
        // A completed plan says so in its own words: read-only because it is done, not ended.
        throw new DomainError(
          relation.status === 'COMPLETED' && whenClosed === 'PLAN_CLOSED'
            ? 'PLAN_COMPLETED'
            : whenClosed,
        );
      }
      if (options.whenNotActive && relation.status !== 'ACTIVE') {
        throw new DomainError(options.whenNotActive);
      }

      const change: PlanChange = { ctx: tx, manager, actor, planId, relation, now: tx.now() };
      const { event, also = [], answer } = await work(change);
      for (const made of event ? [event, ...also] : []) {
        for (const follower of this.followers) {
          const followed = await follower.followChange(change, made);
          if (followed) made.details = { ...made.details, ...followed };
        }
        const recorded = await this.record(change, made);
        for (const listener of this.listeners) await listener.afterChange(change, recorded);
      }
      return answer();
    });
  }

  /** The audit event, the plan's history line, last activity and the outbox row of one change. */
  private async record(
    { manager, actor, planId, now, ctx }: PlanChange,
    event: DomainEvent,
  ): Promise<RecordedEvent> {
    const details = event.details ?? {};
    await this.audit.record(manager, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: event.type,
      recordType: event.recordType,
      recordId: event.recordId ?? undefined,
      details,
      ip: ctx.origin.ip,
    });
    if (event.history) {
      await manager.query(
        'INSERT INTO plan_event (plan_id, actor_user_id, kind, details, occurred_at) VALUES ($1, $2, $3, $4, $5)',
        [planId, actor.userId, event.history.kind, event.history.details, now],
      );
    }
    await manager.query('UPDATE plan SET last_activity_at = $2 WHERE id = $1', [planId, now]);
    const row = manager.create(DomainEventRow, {
      organizationId: actor.organizationId,
      planId,
      type: event.type,
      actorUserId: actor.userId,
      recordType: event.recordType,
      recordId: event.recordId,
      details,
      occurredAt: now,
    });
    await manager.save(row, { reload: false });
    return { ...event, id: String(row.id), details, occurredAt: now };
  }
}

/**
 * The plan's one lock: its row, within the actor's organization, held to the end of the
 * transaction. Every change to a plan takes it, so changes to one plan run one at a time.
 */
async function lockPlan(manager: EntityManager, planId: string, organizationId: string) {
  const rows: { status: string }[] = await manager.query(
    'SELECT status FROM plan WHERE id = $1 AND organization_id = $2 FOR UPDATE',
    [planId, organizationId],
  );
  if (rows.length === 0) throw new DomainError('NOT_FOUND', { what: 'plan' });
  return rows[0].status;
}

function declared(permission: Permission | null): PlanPermission {
  if (!permission) throw new Error('A plan change needs the permission its operation declared');
  return permission as PlanPermission;
}

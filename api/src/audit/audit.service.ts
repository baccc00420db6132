import { Inject, Injectable } from '@nestjs/common';
import { isCalendarDay } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../platform/clock';
import { DomainError } from '../platform/domain-error';
import { decodeCursor, PageArgs, toPage } from '../platform/pagination';
import { RequestContext } from '../platform/request-context';
import { auditHash } from './audit-chain';
import { AuditRepository } from './audit.repository';
import { AuditTrailReader } from './audit-trail.reader';
import { AuditEventConnection } from './dto/audit-event.model';
import { AuditExportArgs } from './dto/audit-export.args';
import { AuditExportModel } from './dto/audit-export.model';
import { auditCsv } from './audit-csv';
import { verifyAuditChain } from './audit-verifier';

export interface AuditInput {
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  recordType?: string;
  recordId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Writes audit events inside the caller's transaction, so the event and the change land together. */
@Injectable()
export class AuditService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: AuditRepository,
    private readonly trail: AuditTrailReader,
  ) {}

  async record(manager: EntityManager, input: AuditInput): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        `Audit event ${input.action} must be written inside the change's transaction`,
      );
    }
    // One writer per chain at a time, so each event links to the one committed before it.
    await this.events.lockChain(manager, input.organizationId);
    const content = {
      organizationId: input.organizationId,
      actorUserId: input.actorUserId,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      details: input.details ?? {},
      ip: input.ip ?? null,
      occurredAt: this.clock.now(),
      prevHash: await this.events.lastHash(manager, input.organizationId),
    };
    await this.events.insert(manager, { ...content, hash: auditHash(content) });
  }

  /** The signed-in person's organization's events, newest first, with the actor's name. */
  async list(ctx: RequestContext, page: PageArgs): Promise<AuditEventConnection> {
    const after = decodeCursor(page.after);
    if (after && !/^\d+$/.test(after.id)) {
      throw new DomainError('PAGE_CURSOR_INVALID', {}, { field: 'after' });
    }
    const rows = await this.trail.page(
      ctx.manager,
      ctx.signedIn.organizationId,
      after?.id ?? null,
      page.first + 1,
    );
    const models = rows.map((r) => ({
      id: r.id,
      action: r.action,
      actorName: r.actor_name,
      recordType: r.record_type,
      recordId: r.record_id,
      ip: r.ip,
      occurredAt: r.occurred_at,
    }));
    return toPage(models, page.first, (e) => ({ at: e.occurredAt.toISOString(), id: e.id }));
  }

  /**
   * The trail of a range of days (in the reader's own zone) as CSV, with the organization's
   * whole chain recomputed; the export itself is recorded in the trail.
   */
  async export(ctx: RequestContext, range: AuditExportArgs): Promise<AuditExportModel> {
    const actor = ctx.signedIn;
    for (const field of ['from', 'to'] as const) {
      if (!isCalendarDay(range[field])) throw new DomainError('INPUT_AUDIT_DAY', {}, { field });
    }
    if (range.from > range.to) throw new DomainError('AUDIT_RANGE_BACKWARDS', {}, { field: 'to' });
    const zone = await this.trail.zoneOf(ctx.manager, actor.organizationId, actor.userId);
    const events = await this.trail.daysOf(
      ctx.manager,
      actor.organizationId,
      { ...range, zone },
      MAX_EXPORT_EVENTS + 1,
    );
    if (events.length > MAX_EXPORT_EVENTS) {
      throw new DomainError('AUDIT_EXPORT_TOO_LARGE', { max: MAX_EXPORT_EVENTS });
    }
    const { checked, firstBreak } = await verifyAuditChain(ctx.manager, actor.organizationId);
    await ctx.manager.transaction((manager) =>
      this.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'audit.exported',
        details: {
          from: range.from,
          to: range.to,
          events: events.length,
          chainVerified: !firstBreak,
        },
        ip: ctx.origin.ip,
      }),
    );
    return {
      from: range.from,
      to: range.to,
      timeZone: zone,
      events: events.length,
      csv: auditCsv(events, zone, firstBreak?.id ?? null),
      fileName: `homeward-audit-${range.from}-to-${range.to}.csv`,
      chainVerified: firstBreak === null,
      checkedEvents: checked,
      firstBrokenEventId: firstBreak?.id ?? null,
      firstBrokenReason: firstBreak?.reason ?? null,
    };
  }
}

/** At most this many events in one export: a longer range is exported in parts. */
export const MAX_EXPORT_EVENTS = 20_000;

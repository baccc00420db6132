import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../platform/clock';
import { badInput } from '../platform/errors';
import { decodeCursor, PageArgs, toPage } from '../platform/pagination';
import { AuditEventConnection } from './dto/audit-event.model';
import { auditHash } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

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
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async record(manager: EntityManager, input: AuditInput): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        `Audit event ${input.action} must be written inside the change's transaction`,
      );
    }
    // One writer per chain at a time, so each event links to the one committed before it.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `audit:${input.organizationId ?? 'none'}`,
    ]);
    const [last] = (await manager.query(
      input.organizationId
        ? 'SELECT hash FROM audit_event WHERE organization_id = $1 ORDER BY id DESC LIMIT 1'
        : 'SELECT hash FROM audit_event WHERE organization_id IS NULL ORDER BY id DESC LIMIT 1',
      input.organizationId ? [input.organizationId] : [],
    )) as { hash: string }[];

    const content = {
      organizationId: input.organizationId,
      actorUserId: input.actorUserId,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      details: input.details ?? {},
      ip: input.ip ?? null,
      occurredAt: this.clock.now(),
      prevHash: last?.hash ?? null,
    };
    await manager.save(manager.create(AuditEvent, { ...content, hash: auditHash(content) }), {
      reload: false,
    });
  }

  /** One organization's events, newest first, with the actor's name. */
  async list(organizationId: string, page: PageArgs): Promise<AuditEventConnection> {
    const after = decodeCursor(page.after);
    if (after && !/^\d+$/.test(after.id))
      throw badInput(
        'That page link is no longer valid. Start again from the first page.',
        'after',
      );
    const rows = (await this.dataSource.query(
      `SELECT e.id, e.action, u.display_name AS actor_name, e.record_type, e.record_id, e.ip, e.occurred_at
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.organization_id = $1 AND ($2::bigint IS NULL OR e.id < $2::bigint)
        ORDER BY e.id DESC LIMIT $3`,
      [organizationId, after?.id ?? null, page.first + 1],
    )) as {
      id: string;
      action: string;
      actor_name: string | null;
      record_type: string | null;
      record_id: string | null;
      ip: string | null;
      occurred_at: Date;
    }[];
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
}

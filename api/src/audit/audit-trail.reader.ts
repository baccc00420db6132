import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ExportedEvent } from './audit-csv';

/** An audit event as staff list it, with the actor's name. */
export interface AuditTrailRow {
  id: string;
  action: string;
  actor_name: string | null;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  occurred_at: Date;
}

/** The audit trail with who acted (a read model: it reads people's names, never writes them). */
@Injectable()
export class AuditTrailReader {
  /** One organization's events, newest first, before an event id; `limit` at most. */
  page(
    manager: EntityManager,
    organizationId: string,
    beforeId: string | null,
    limit: number,
  ): Promise<AuditTrailRow[]> {
    return manager.query(
      `SELECT e.id, e.action, u.display_name AS actor_name, e.record_type, e.record_id, e.ip, e.occurred_at
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.organization_id = $1 AND ($2::bigint IS NULL OR e.id < $2::bigint)
        ORDER BY e.id DESC LIMIT $3`,
      [organizationId, beforeId, limit],
    );
  }

  /** The zone a person's days are counted in: their own, else their organization's. */
  async zoneOf(manager: EntityManager, organizationId: string, userId: string): Promise<string> {
    const [row]: { zone: string }[] = await manager.query(
      `SELECT COALESCE(u.time_zone, o.time_zone) AS zone
         FROM organization o LEFT JOIN app_user u ON u.id = $2
        WHERE o.id = $1`,
      [organizationId, userId],
    );
    return row.zone;
  }

  /**
   * One organization's events from the start of day `from` to the end of day `to` in `zone`,
   * oldest first, `limit` at most: only the event's own columns (no names are joined in).
   */
  daysOf(
    manager: EntityManager,
    organizationId: string,
    range: { from: string; to: string; zone: string },
    limit: number,
  ): Promise<ExportedEvent[]> {
    return manager.query(
      `SELECT e.id::text AS "id", e.organization_id AS "organizationId", e.actor_user_id AS "actorUserId",
              e.action, e.record_type AS "recordType", e.record_id AS "recordId", e.details, e.ip,
              e.occurred_at AS "occurredAt", e.prev_hash AS "prevHash", e.hash
         FROM audit_event e
        WHERE e.organization_id = $1
          AND e.occurred_at >= ($2::date::timestamp AT TIME ZONE $4)
          AND e.occurred_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
        ORDER BY e.id LIMIT $5`,
      [organizationId, range.from, range.to, range.zone, limit],
    );
  }
}

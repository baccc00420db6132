import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

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
}

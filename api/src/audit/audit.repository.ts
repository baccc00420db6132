import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditContent } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

/** The audit_event table: the only place its SQL is written (STYLE 31). Append-only. */
@Injectable()
export class AuditRepository {
  /** One writer per chain at a time, until the transaction ends. */
  async lockChain(manager: EntityManager, organizationId: string | null): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `audit:${organizationId ?? 'none'}`,
    ]);
  }

  /** The hash of the chain's newest event, or null for a chain not begun. */
  async lastHash(manager: EntityManager, organizationId: string | null): Promise<string | null> {
    const [last]: { hash: string }[] = organizationId
      ? await manager.query(
          'SELECT hash FROM audit_event WHERE organization_id = $1 ORDER BY id DESC LIMIT 1',
          [organizationId],
        )
      : await manager.query(
          'SELECT hash FROM audit_event WHERE organization_id IS NULL ORDER BY id DESC LIMIT 1',
        );
    return last?.hash ?? null;
  }

  async insert(manager: EntityManager, event: AuditContent & { hash: string }): Promise<void> {
    await manager.save(manager.create(AuditEvent, event), { reload: false });
  }

  /** Every chain: one per organization, and null for sign-ins without one. */
  async chains(manager: EntityManager): Promise<(string | null)[]> {
    const rows: { organization_id: string | null }[] = await manager.query(
      'SELECT DISTINCT organization_id FROM audit_event',
    );
    return rows.map((r) => r.organization_id);
  }

  /** A chain's events after `afterId`, oldest first, `limit` at most. */
  chainAfter(
    manager: EntityManager,
    organizationId: string | null,
    afterId: string,
    limit: number,
  ): Promise<AuditEvent[]> {
    const qb = manager
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.id > :afterId', { afterId });
    if (organizationId) qb.andWhere('e.organization_id = :organizationId', { organizationId });
    else qb.andWhere('e.organization_id IS NULL');
    return qb.orderBy('e.id', 'ASC').limit(limit).getMany();
  }
}

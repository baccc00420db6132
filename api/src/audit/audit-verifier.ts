import { DataSource } from 'typeorm';
import { ChainBreak, findChainBreak } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

const BATCH = 1000;

/** Recomputes every organization's chain (and the sign-in chain without one). */
export async function verifyAuditChains(
  dataSource: DataSource,
): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  const chains = (await dataSource.query('SELECT DISTINCT organization_id FROM audit_event')) as {
    organization_id: string | null;
  }[];
  let checked = 0;
  for (const { organization_id: organizationId } of chains) {
    let lastId = '0';
    let prevHash: string | null = null;
    for (;;) {
      const qb = dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder('e')
        .where('e.id > :lastId', { lastId });
      if (organizationId) qb.andWhere('e.organization_id = :organizationId', { organizationId });
      else qb.andWhere('e.organization_id IS NULL');
      const events = await qb.orderBy('e.id', 'ASC').limit(BATCH).getMany();
      if (events.length === 0) break;
      const firstBreak = findChainBreak(events, prevHash);
      if (firstBreak)
        return { checked: checked + events.findIndex((e) => e.id === firstBreak.id), firstBreak };
      checked += events.length;
      prevHash = events[events.length - 1].hash;
      lastId = events[events.length - 1].id;
    }
  }
  return { checked, firstBreak: null };
}

import { DataSource } from 'typeorm';
import { ChainBreak, findChainBreak } from './audit-chain';
import { AuditRepository } from './audit.repository';

const BATCH = 1000;

/** Recomputes every organization's chain (and the sign-in chain without one). */
export async function verifyAuditChains(
  dataSource: DataSource,
): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  const events = new AuditRepository();
  const manager = dataSource.manager;
  let checked = 0;
  for (const organizationId of await events.chains(manager)) {
    let lastId = '0';
    let prevHash: string | null = null;
    for (;;) {
      const batch = await events.chainAfter(manager, organizationId, lastId, BATCH);
      if (batch.length === 0) break;
      const firstBreak = findChainBreak(batch, prevHash);
      if (firstBreak)
        return { checked: checked + batch.findIndex((e) => e.id === firstBreak.id), firstBreak };
      checked += batch.length;
      prevHash = batch[batch.length - 1].hash;
      lastId = batch[batch.length - 1].id;
    }
  }
  return { checked, firstBreak: null };
}

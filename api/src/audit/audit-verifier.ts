import { DataSource, EntityManager } from 'typeorm';
import { ChainBreak, findChainBreak } from './audit-chain';
import { AuditRepository } from './audit.repository';

const BATCH = 1000;
const events = new AuditRepository();

/** Recomputes every organization's chain (and the sign-in chain without one). */
export async function verifyAuditChains(
  dataSource: DataSource,
): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  const manager = dataSource.manager;
  let checked = 0;
  for (const organizationId of await events.chains(manager)) {
    const chain = await verifyAuditChain(manager, organizationId);
    checked += chain.checked;
    if (chain.firstBreak) return { checked, firstBreak: chain.firstBreak };
  }
  return { checked, firstBreak: null };
}

/** Recomputes one organization's chain from its first event; `checked` counts the events that held. */
export async function verifyAuditChain(
  manager: EntityManager,
  organizationId: string | null,
): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  let checked = 0;
  let lastId = '0';
  let prevHash: string | null = null;
  for (;;) {
    const batch = await events.chainAfter(manager, organizationId, lastId, BATCH);
    if (batch.length === 0) return { checked, firstBreak: null };
    const firstBreak = findChainBreak(batch, prevHash);
    if (firstBreak)
      return { checked: checked + batch.findIndex((e) => e.id === firstBreak.id), firstBreak };
    checked += batch.length;
    prevHash = batch[batch.length - 1].hash;
    lastId = batch[batch.length - 1].id;
  }
}

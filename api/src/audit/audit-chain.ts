import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';

/** The fields an audit event's hash covers. */
export interface AuditContent {
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  occurredAt: Date;
  prevHash: string | null;
}

/** SHA-256 over the event's content and the previous event's hash: editing any event breaks the chain. */
export function auditHash(event: AuditContent): string {
  const canonical = stableStringify([
    event.prevHash,
    event.organizationId,
    event.actorUserId,
    event.action,
    event.recordType,
    event.recordId,
    event.details,
    event.ip,
    event.occurredAt.toISOString(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainBreak {
  id: string;
  organizationId: string | null;
  reason: 'CONTENT_CHANGED' | 'LINK_BROKEN';
}

/** Walks one organization's events in order; returns the first that does not match, or null. */
export function findChainBreak(
  events: Iterable<AuditContent & { id: string; hash: string }>,
  previousHash: string | null = null,
): ChainBreak | null {
  let expectedPrev = previousHash;
  for (const event of events) {
    if (event.prevHash !== expectedPrev)
      return { id: event.id, organizationId: event.organizationId, reason: 'LINK_BROKEN' };
    if (auditHash(event) !== event.hash)
      return { id: event.id, organizationId: event.organizationId, reason: 'CONTENT_CHANGED' };
    expectedPrev = event.hash;
  }
  return null;
}

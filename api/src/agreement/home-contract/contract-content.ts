import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';

/**
 * SHA-256 of the canonical JSON (keys sorted), so equal content always hashes the same: what a
 * home contract version or a trial homecoming's conditions hold, as they were signed.
 */
export function contentHash(content: object): string {
  return createHash('sha256').update(stableStringify(content)).digest('hex');
}

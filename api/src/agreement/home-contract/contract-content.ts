import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import type { ContractContent } from '../dto/contract-content';

/** SHA-256 of the canonical JSON (keys sorted), so equal content always hashes the same. */
export function contentHash(content: ContractContent): string {
  return createHash('sha256').update(stableStringify(content)).digest('hex');
}

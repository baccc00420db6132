import { createHash } from 'node:crypto';
import { ExpectationCategory } from '@homeward/domain';
import stableStringify from 'fast-json-stable-stringify';

/** What a contract version says, frozen: names and words as they read when it was made. */
export interface ContractContent {
  expectations: {
    id: string;
    version: number;
    category: ExpectationCategory;
    fromName: string;
    toName: string;
    text: string;
    appliesFromPhase: number;
  }[];
  boundaries: {
    id: string;
    version: number;
    category: ExpectationCategory;
    ownerName: string;
    need: string;
    ifCrossed: string;
    appliesToNames: string[];
  }[];
}

/** SHA-256 of the canonical JSON (keys sorted), so equal content always hashes the same. */
export function contentHash(content: ContractContent): string {
  return createHash('sha256').update(stableStringify(content)).digest('hex');
}

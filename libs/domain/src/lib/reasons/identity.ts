import type { ReasonEntry } from './catalog';

/** Refusals of the identity domain; each reads in every language (see catalog.ts). */
export const IDENTITY_REASONS = {} satisfies Record<string, ReasonEntry<never>>;

import type { ReasonEntry } from './catalog';

/** Refusals of the agreement domain; each reads in every language (see catalog.ts). */
export const AGREEMENT_REASONS = {} satisfies Record<string, ReasonEntry<never>>;

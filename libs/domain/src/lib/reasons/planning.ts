import type { ReasonEntry } from './catalog';

/** Refusals of the planning domain; each reads in every language (see catalog.ts). */
export const PLANNING_REASONS = {} satisfies Record<string, ReasonEntry<never>>;

import { Injectable } from '@nestjs/common';
import { ConsentCategory, DisclosedRecordRef, Language, SharedRecordKind } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** A field's value as it is shown: words, a number, yes/no, a list of lines, or nothing. */
export type SharedValue = string | number | boolean | null | string[];

/**
 * One record as a family member is shown it: which record (kind + id), the day it is about
 * (a check-in's day, a visit's day), and exactly the fields they read.
 */
export interface SharedRecord {
  kind: SharedRecordKind;
  id: string;
  /** The day (YYYY-MM-DD) the record is about, for the patient's "who saw what" words. */
  on: string | null;
  fields: Record<string, SharedValue>;
}

/** Which records a disclosure showed: the record's kind, id and day, never its words. */
export type DisclosedRecord = DisclosedRecordRef;

export function disclosed(records: readonly SharedRecord[]): DisclosedRecord[] {
  return records.map(({ kind, id, on }) => ({ kind, id, on }));
}

/** Who is looking: the family member's place on the plan, and what the patient shares with them. */
export interface SightOf {
  planId: string;
  memberId: string;
  language: Language;
  now: Date;
  /** Every category shared with them (a category's sight may depend on another, e.g. ATTENDANCE on CHECKINS). */
  shared: readonly ConsentCategory[];
}

/** What a family member is shown of one category: the serving path's rows, and the same as records. */
export interface Sight<T> {
  rows: T;
  records: SharedRecord[];
}

/**
 * One category as a family member is shown it. The page that serves the category and the
 * patient's consent preview both call `show`, so the preview cannot drift from what is served.
 */
export interface CategorySight<T = unknown> {
  show(manager: EntityManager, of: SightOf): Promise<Sight<T>>;
}

/**
 * Where each consent category's sights are registered (the features that serve them stand above
 * planning, so they register here at start-up, like the record's hard-day sources). A category
 * may be served on several pages (PROGRESS: the plan page and the record's timeline): each page
 * registers its part, and the preview shows every part.
 */
@Injectable()
export class FamilySights {
  private readonly sights = new Map<ConsentCategory, Map<string, CategorySight>>();

  add<T>(category: ConsentCategory, part: string, sight: CategorySight<T>): void {
    const parts = this.sights.get(category) ?? new Map<string, CategorySight>();
    if (parts.has(part)) throw new Error(`${category} already has its ${part} sight`);
    parts.set(part, sight as CategorySight);
    this.sights.set(category, parts);
  }

  /** One page's sight of a category. */
  of<T>(category: ConsentCategory, part: string): CategorySight<T> {
    const sight = this.sights.get(category)?.get(part);
    if (!sight) throw new Error(`${category} has no ${part} sight: register it where it is served`);
    return sight as CategorySight<T>;
  }

  /** What one page shows of a category, or nothing when the category is not shared with them. */
  async show<T>(
    category: ConsentCategory,
    part: string,
    manager: EntityManager,
    of: SightOf,
  ): Promise<Sight<T> | null> {
    if (!of.shared.includes(category)) return null;
    return this.of<T>(category, part).show(manager, of);
  }

  /** Every record of a category, on every page that serves it (the preview); none when not shared. */
  async records(
    category: ConsentCategory,
    manager: EntityManager,
    of: SightOf,
  ): Promise<SharedRecord[]> {
    const parts = this.sights.get(category);
    // Every category has a sight, or the preview could not promise anything.
    if (!parts?.size) throw new Error(`${category} has no sight: register one where it is served`);
    if (!of.shared.includes(category)) return [];
    const records: SharedRecord[] = [];
    // In the pages' order by name, whatever order the features started in.
    for (const [, sight] of [...parts].sort(([a], [b]) => a.localeCompare(b)))
      records.push(...(await sight.show(manager, of)).records);
    return records;
  }
}

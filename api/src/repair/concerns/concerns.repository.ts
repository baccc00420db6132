import { Injectable } from '@nestjs/common';
import { ConcernCloseReason, ConcernEntryKind, ConcernStatus } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { Concern } from './concern.entity';
import { ConcernEntry } from './concern-entry.entity';

export type NewConcern = Pick<
  Concern,
  | 'planId'
  | 'raisedByUserId'
  | 'raisedByMemberId'
  | 'subject'
  | 'boundaryId'
  | 'expectationId'
  | 'visitId'
  | 'aboutMemberIds'
  | 'severity'
  | 'shareOwnWords'
  | 'createdAt'
>;

export interface NewConcernEntry {
  concernId: string;
  kind: ConcernEntryKind;
  authorUserId: string;
  words: string;
  createdAt: Date;
}

/** An entry with its author's name, as the concern's readers see it. */
export interface ConcernEntryRow extends NewConcernEntry {
  id: string;
  authorName: string;
}

/** The concern and concern_entry tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class ConcernsRepository {
  insert(manager: EntityManager, concern: NewConcern): Promise<Concern> {
    return manager.save(manager.create(Concern, { ...concern, status: 'OPEN' }));
  }

  async insertEntry(manager: EntityManager, entry: NewConcernEntry): Promise<void> {
    await manager.insert(ConcernEntry, entry);
  }

  byId(manager: EntityManager, id: string): Promise<Concern | null> {
    return manager.findOneBy(Concern, { id });
  }

  async planOf(manager: EntityManager, id: string): Promise<string | null> {
    const row = await manager.findOne(Concern, { where: { id }, select: { planId: true } });
    return row?.planId ?? null;
  }

  /** The plan's newest concerns (at most 100: the list is bounded like every list). */
  ofPlan(manager: EntityManager, planId: string): Promise<Concern[]> {
    return manager.find(Concern, {
      where: { planId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 100,
    });
  }

  async markReviewed(manager: EntityManager, id: string, userId: string, at: Date): Promise<void> {
    await manager.update(Concern, { id }, { reviewedAt: at, reviewedByUserId: userId });
  }

  async openDiscussion(manager: EntityManager, id: string, partyMemberIds: string[]) {
    await manager.update(Concern, { id }, { status: 'IN_DISCUSSION', partyMemberIds });
  }

  async settle(
    manager: EntityManager,
    id: string,
    status: Extract<ConcernStatus, 'RESOLVED' | 'CLOSED'>,
    closeReason: ConcernCloseReason | null,
    at: Date,
  ): Promise<void> {
    await manager.update(Concern, { id }, { status, closeReason, settledAt: at });
  }

  /** The words on these concerns, oldest first, with their authors' names. */
  entries(manager: EntityManager, concernIds: string[]): Promise<ConcernEntryRow[]> {
    if (concernIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT e.id::text AS id, e.concern_id AS "concernId", e.kind, e.author_user_id AS "authorUserId",
              e.words, e.created_at AS "createdAt", u.display_name AS "authorName"
         FROM concern_entry e JOIN app_user u ON u.id = e.author_user_id
        WHERE e.concern_id = ANY($1) ORDER BY e.created_at, e.id`,
      [concernIds],
    );
  }
}

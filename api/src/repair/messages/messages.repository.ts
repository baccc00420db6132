import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MessageParticipant } from './message-participant.entity';
import { MessageSeen } from './message-seen.entity';
import { MessageThread } from './message-thread.entity';
import { Message } from './message.entity';

export interface ThreadSummaryRow {
  id: string;
  planId: string;
  lastMessageAt: Date;
  lastBody: string | null;
  lastAt: Date | null;
  unseen: number;
}

/** The message tables: the only place their SQL is written (STYLE 31). Messages are only ever inserted. */
@Injectable()
export class MessagesRepository {
  async insertThread(
    manager: EntityManager,
    thread: Omit<MessageThread, 'id' | 'plan'>,
  ): Promise<MessageThread> {
    return manager.save(manager.create(MessageThread, thread));
  }

  async addParticipant(manager: EntityManager, p: Omit<MessageParticipant, 'thread'>) {
    await manager.insert(MessageParticipant, p);
  }

  thread(manager: EntityManager, id: string): Promise<MessageThread | null> {
    return manager.findOneBy(MessageThread, { id });
  }

  participants(manager: EntityManager, threadId: string): Promise<MessageParticipant[]> {
    return manager.find(MessageParticipant, { where: { threadId }, order: { joinedAt: 'ASC' } });
  }

  participantsOf(manager: EntityManager, threadIds: string[]): Promise<MessageParticipant[]> {
    if (threadIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(MessageParticipant, 'p')
      .where('p.thread_id = ANY(:threadIds)', { threadIds })
      .orderBy('p.joined_at', 'ASC')
      .getMany();
  }

  /** Keeps a message unless the author sent one with this key already; true when it is new. */
  async insertOnce(manager: EntityManager, m: Omit<Message, 'id' | 'thread'>): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Message)
      .values(m)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  byKey(manager: EntityManager, authorMembershipId: string, idempotencyKey: string) {
    return manager.findOneByOrFail(Message, { authorMembershipId, idempotencyKey });
  }

  async touch(manager: EntityManager, threadId: string, at: Date): Promise<void> {
    await manager.update(MessageThread, { id: threadId }, { lastMessageAt: at });
  }

  /**
   * The plan's threads the viewer may read, newest first: all of them for staff, else those they
   * are in. Previews and unseen counts leave out authors hidden from the viewer.
   */
  async summaries(
    manager: EntityManager,
    planId: string,
    viewerMembershipId: string,
    everyThread: boolean,
    hidden: string[],
    limit: number,
  ): Promise<ThreadSummaryRow[]> {
    return manager.query(
      `SELECT t.id, t.plan_id AS "planId", t.last_message_at AS "lastMessageAt", last.body AS "lastBody", last.sent_at AS "lastAt",
              (SELECT count(*)::int FROM message m
                WHERE m.thread_id = t.id AND m.author_membership_id <> $2 AND NOT (m.author_membership_id = ANY($4::uuid[]))
                  AND EXISTS (SELECT 1 FROM message_participant p WHERE p.thread_id = t.id AND p.membership_id = $2)
                  AND NOT EXISTS (SELECT 1 FROM message_seen s WHERE s.message_id = m.id AND s.membership_id = $2)) AS unseen
         FROM message_thread t
         LEFT JOIN LATERAL (SELECT m.body, m.sent_at FROM message m
                             WHERE m.thread_id = t.id AND NOT (m.author_membership_id = ANY($4::uuid[]))
                             ORDER BY m.sent_at DESC, m.id DESC LIMIT 1) last ON true
        WHERE t.plan_id = $1
          AND ($3 OR EXISTS (SELECT 1 FROM message_participant p WHERE p.thread_id = t.id AND p.membership_id = $2))
        ORDER BY t.last_message_at DESC, t.id
        LIMIT $5`,
      [planId, viewerMembershipId, everyThread, hidden, limit],
    );
  }

  /** The newest messages of a thread the viewer receives, oldest first. */
  async messages(
    manager: EntityManager,
    threadId: string,
    hidden: string[],
    last: number,
  ): Promise<Message[]> {
    const newest = await manager
      .createQueryBuilder(Message, 'm')
      .where('m.thread_id = :threadId', { threadId })
      .andWhere('NOT (m.author_membership_id = ANY(:hidden::uuid[]))', { hidden })
      .orderBy('m.sent_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(last)
      .getMany();
    return newest.reverse();
  }

  seenOf(manager: EntityManager, messageIds: string[]): Promise<MessageSeen[]> {
    if (messageIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(MessageSeen, 's')
      .where('s.message_id = ANY(:messageIds)', { messageIds })
      .orderBy('s.seen_at', 'ASC')
      .getMany();
  }

  /** The first time the viewer saw each message of the thread they receive; later looks change nothing. */
  async markSeen(
    manager: EntityManager,
    threadId: string,
    membershipId: string,
    hidden: string[],
    at: Date,
  ): Promise<number> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO message_seen (message_id, membership_id, seen_at)
       SELECT m.id, $2, $4 FROM message m
        WHERE m.thread_id = $1 AND m.author_membership_id <> $2 AND NOT (m.author_membership_id = ANY($3::uuid[]))
       ON CONFLICT DO NOTHING
       RETURNING message_id`,
      [threadId, membershipId, hidden, at],
    );
    return rows.length;
  }
}

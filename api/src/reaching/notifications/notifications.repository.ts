import { Injectable } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { EntityManager, IsNull } from 'typeorm';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';
import { SweepMark } from './sweep-mark.entity';
import type { Done, ToTell } from './notification-rules';

/** A notification with what decides where it leads. */
export interface NotificationRow {
  id: string;
  kind: string;
  planId: string | null;
  recordId: string | null;
  createdAt: Date;
  readAt: Date | null;
  role: Role;
}

/**
 * What a person may still see: a notification about a plan they have left, or about what a
 * consent no longer shares, is neither listed nor mailed (checked when made and again here).
 */
const STILL_THEIRS = `
  (n.member_id IS NULL OR EXISTS (SELECT 1 FROM plan_member pm WHERE pm.id = n.member_id AND pm.status = 'ACTIVE'))
  AND (n.needs_consent IS NULL OR EXISTS (
        SELECT 1 FROM consent c WHERE c.recipient_member_id = n.member_id AND c.revoked_at IS NULL
           AND c.expires_at > $2 AND n.needs_consent = ANY(c.categories::text[])))`;

/**
 * Each notification once, with the role whose pages it leads to. A person may hold several roles
 * in one organization (counselor and admin): what was told to them as a plan's member leads to
 * that member's pages, anything else to their staff pages.
 */
const WITH_ROLE = `
  SELECT n.id, n.kind, n.plan_id AS "planId", n.record_id AS "recordId", n.created_at AS "createdAt",
         n.read_at AS "readAt", m.role
    FROM notification n
    CROSS JOIN LATERAL (
      SELECT m.role FROM membership m
       WHERE m.user_id = n.user_id AND m.organization_id = n.organization_id
       ORDER BY (m.role IN ('PATIENT', 'FAMILY')) = (n.member_id IS NOT NULL) DESC, m.role
       LIMIT 1) m`;

/** One person's notifications in one organization: the place they are signed in to. */
export interface Inbox {
  userId: string;
  organizationId: string;
}

@Injectable()
export class NotificationsRepository {
  /** Makes each once: a person already told of the same thing (same key) is not told again. */
  async make(
    manager: EntityManager,
    organizationId: string,
    planId: string | null,
    told: ToTell[],
    now: Date,
  ): Promise<Notification[]> {
    if (told.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(told.map((t) => ({ ...t, organizationId, planId, createdAt: now })))
      .orIgnore()
      .returning(['id', 'userId', 'kind', 'planId', 'memberId', 'recordId'])
      .execute();
    return (
      result.raw as { id: string; user_id: string; kind: string; member_id: string | null }[]
    ).map((raw) =>
      Object.assign(new Notification(), {
        id: raw.id,
        userId: raw.user_id,
        kind: raw.kind,
        planId,
        memberId: raw.member_id,
      }),
    );
  }

  /** What no longer waits (answered, withdrawn) stops counting as unread for those it waited on. */
  async settleWaiting(
    manager: EntityManager,
    planId: string,
    waiting: { userId: string; kinds: string[]; keys: string[] }[],
    now: Date,
  ): Promise<string[]> {
    if (waiting.length === 0) return [];
    // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE notification n SET read_at = $2
         FROM jsonb_to_recordset($3::jsonb) AS w(user_id uuid, kinds text[], keys text[])
        WHERE n.user_id = w.user_id AND n.plan_id = $1 AND n.read_at IS NULL
          AND n.kind = ANY(w.kinds) AND NOT (n.dedupe_key = ANY(w.keys))
        RETURNING n.user_id`,
      [
        planId,
        now,
        JSON.stringify(waiting.map((w) => ({ user_id: w.userId, kinds: w.kinds, keys: w.keys }))),
      ],
    );
    return [...new Set(rows.map((r) => r.user_id))];
  }

  /** Marks read what waited on people and is now done; answers whose bell changed. */
  async settleDone(
    manager: EntityManager,
    planId: string,
    done: Done[],
    now: Date,
  ): Promise<string[]> {
    if (done.length === 0) return [];
    // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE notification n SET read_at = $2
         FROM jsonb_to_recordset($3::jsonb) AS d(user_id uuid, kind text, dedupe_key text)
        WHERE n.plan_id = $1 AND n.read_at IS NULL AND n.kind = d.kind
          AND n.dedupe_key = d.dedupe_key AND (d.user_id IS NULL OR n.user_id = d.user_id)
        RETURNING n.user_id`,
      [
        planId,
        now,
        JSON.stringify(
          done.map((d) => ({ user_id: d.userId, kind: d.kind, dedupe_key: d.dedupeKey })),
        ),
      ],
    );
    return [...new Set(rows.map((r) => r.user_id))];
  }

  /** The person's notifications in the organization they are signed in to, newest first. */
  list(
    manager: EntityManager,
    { userId, organizationId }: Inbox,
    now: Date,
    limit: number,
  ): Promise<NotificationRow[]> {
    return manager.query(
      `${WITH_ROLE} WHERE n.user_id = $1 AND n.organization_id = $4 AND ${STILL_THEIRS}
        ORDER BY n.created_at DESC, n.id LIMIT $3`,
      [userId, now, limit, organizationId],
    );
  }

  async unreadCount(
    manager: EntityManager,
    { userId, organizationId }: Inbox,
    now: Date,
  ): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM notification n
        WHERE n.user_id = $1 AND n.organization_id = $3 AND n.read_at IS NULL AND ${STILL_THEIRS}`,
      [userId, now, organizationId],
    );
    return row.n;
  }

  /** Unread and still theirs: what a mail about these notifications may mention. */
  stillToTell(manager: EntityManager, ids: string[], now: Date): Promise<NotificationRow[]> {
    return manager.query(
      `${WITH_ROLE} WHERE n.id = ANY($1::uuid[]) AND n.read_at IS NULL AND ${STILL_THEIRS}
        AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = n.user_id AND u.disabled_at IS NULL)
        ORDER BY n.created_at`,
      [ids, now],
    );
  }

  async markRead(manager: EntityManager, userId: string, id: string, now: Date): Promise<boolean> {
    const result = await manager.update(Notification, { id, userId }, { readAt: now });
    return (result.affected ?? 0) > 0;
  }

  async markAllRead(
    manager: EntityManager,
    { userId, organizationId }: Inbox,
    now: Date,
  ): Promise<number> {
    const result = await manager.update(
      Notification,
      { userId, organizationId, readAt: IsNull() },
      { readAt: now },
    );
    return result.affected ?? 0;
  }

  preferences(manager: EntityManager, userId: string): Promise<NotificationPreference | null> {
    return manager.findOneBy(NotificationPreference, { userId });
  }

  async savePreferences(
    manager: EntityManager,
    preferences: NotificationPreference,
  ): Promise<void> {
    await manager.save(preferences);
  }

  /** True for the one caller (of any instance) that marks this first: it makes the reminder. */
  async markOnce(manager: EntityManager, key: string, now: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(SweepMark)
      .values({ key, madeAt: now })
      .orIgnore()
      .returning(['key'])
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}

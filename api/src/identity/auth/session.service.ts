import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language, Role, SESSION_ABSOLUTE_MINUTES, sessionIsAlive } from '@homeward/domain';
import type { FastifyReply } from 'fastify';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CLOCK, Clock } from '../../platform/clock';
import { SecretTokenService } from '../../platform/secret-token.service';
import { AppConfig } from '../../platform/config/app-config';
import { Actor, HomewardRequest } from '../../platform/actor';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'hw_session';
/** lastSeenAt is written at most this often, so reads do not all become writes. */
const TOUCH_INTERVAL_MS = 60_000;

interface SessionRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  user_id: string;
  membership_id: string;
  organization_id: string;
  role: Role;
  language: Language;
}

/** Server-side sessions behind an HttpOnly, SameSite=Strict cookie (DESIGN rule 8). */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: SecretTokenService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Starts a session inside the caller's transaction and returns the cookie value. */
  async start(
    manager: EntityManager,
    userId: string,
    membershipId: string,
    ip: string,
  ): Promise<{ token: string; session: Session }> {
    const { token, hash } = this.tokens.create();
    const now = this.clock.now();
    const session = await manager.save(
      manager.create(Session, {
        tokenHash: hash,
        userId,
        membershipId,
        createdAt: now,
        lastSeenAt: now,
        ip,
      }),
    );
    return { token, session };
  }

  setCookie(reply: FastifyReply, token: string): void {
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: '/',
      maxAge: SESSION_ABSOLUTE_MINUTES * 60,
    });
  }

  clearCookie(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /**
   * The actor behind the request's cookie, or null. One query; a session that went idle or
   * outlived 12 hours is ended on the spot. The answer is kept on the request.
   */
  authenticate(req: HomewardRequest, reply?: FastifyReply): Promise<Actor | null> {
    // Fields of one request resolve in parallel: they share one lookup.
    req.actorLookup ??= this.lookup(req, reply).then((actor) => (req.actor = actor));
    return req.actorLookup;
  }

  private async lookup(req: HomewardRequest, reply?: FastifyReply): Promise<Actor | null> {
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return null;

    const [row] = (await this.dataSource.query(
      `SELECT s.id, s.created_at, s.last_seen_at, s.user_id, s.membership_id, m.organization_id, m.role, u.language
         FROM session s
         JOIN membership m ON m.id = s.membership_id AND m.status = 'ACTIVE'
         JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
        WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
      [this.tokens.hash(token)],
    )) as SessionRow[];
    if (!row) {
      if (reply) this.clearCookie(reply);
      return null;
    }

    const now = this.clock.now();
    const times = { createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at) };
    if (!sessionIsAlive(times, row.role, now)) {
      const ageMs = now.getTime() - times.createdAt.getTime();
      await this.end(
        this.dataSource.manager,
        { id: row.id },
        ageMs >= SESSION_ABSOLUTE_MINUTES * 60_000 ? 'EXPIRED' : 'IDLE',
      );
      if (reply) this.clearCookie(reply);
      return null;
    }
    if (now.getTime() - times.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await this.dataSource.manager.update(Session, { id: row.id }, { lastSeenAt: now });
    }
    return {
      sessionId: row.id,
      userId: row.user_id,
      membershipId: row.membership_id,
      organizationId: row.organization_id,
      role: row.role,
      language: row.language,
    };
  }

  /** Ends every open session matching the filter at once (logout, disabled account, new password). */
  async end(
    manager: EntityManager,
    where: { id?: string; userId?: string; membershipId?: string },
    reason: string,
  ): Promise<number> {
    const result = await manager.update(
      Session,
      { ...where, endedAt: IsNull() },
      { endedAt: this.clock.now(), endReason: reason },
    );
    return result.affected ?? 0;
  }
}

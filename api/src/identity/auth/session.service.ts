import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SESSION_ABSOLUTE_MINUTES, sessionIsAlive } from '@homeward/domain';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Actor } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { AppConfig } from '../../platform/config/app-config';
import { LiveUpdates } from '../../platform/live/live-updates';
import { HomewardRequest, RequestContext } from '../../platform/request-context';
import { SecretTokenService } from '../../platform/secret-token.service';
import { PeopleService } from '../people/people.service';
import { Session } from './session.entity';
import { SessionFilter, SessionsRepository } from './sessions.repository';
import { SignedInReader } from './signed-in.reader';

export const SESSION_COOKIE = 'hw_session';

/** lastSeenAt is written at most this often, so reads do not all become writes. */
const TOUCH_INTERVAL_MS = 60_000;

/** Server-side sessions behind an HttpOnly, SameSite=Strict cookie (DESIGN rule 8). */
@Injectable()
export class SessionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly signedIn: SignedInReader,
    private readonly people: PeopleService,
    private readonly tokens: SecretTokenService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly live: LiveUpdates,
  ) {}

  onModuleInit(): void {
    // A disabled membership's sessions end in the same transaction that disables it.
    this.people.whenDisabled(async (manager, membershipId, at) => {
      const ended = await this.sessions.end(manager, { membershipId }, 'DISABLED', at);
      await this.live.sessionsEnded(manager, ended);
    });
  }

  /** Starts a session inside the caller's transaction and returns the cookie value. */
  async start(
    ctx: RequestContext,
    userId: string,
    membershipId: string,
  ): Promise<{ token: string; session: Session }> {
    const { token, hash } = this.tokens.create();
    const session = await this.sessions.insert(ctx.manager, {
      tokenHash: hash,
      userId,
      membershipId,
      ip: ctx.origin.ip,
      at: ctx.now(),
    });
    return { token, session };
  }

  /**
   * Rotates the signed-in person's session into another of their memberships, in the caller's
   * transaction: a new token, and the old session ends at once (its cookie stops working, its
   * live sockets close). The new one keeps the sign-in time, so switching never stretches the
   * 12-hour limit. Null when the old session has already ended (a switch raced another).
   */
  async rotate(
    ctx: RequestContext,
    membershipId: string,
  ): Promise<{ token: string; session: Session } | null> {
    const { userId, sessionId } = ctx.signedIn;
    const signedInAt = await this.sessions.openSince(ctx.manager, sessionId);
    if (!signedInAt) return null;
    await this.end(ctx, { id: sessionId }, 'SWITCHED');
    const { token, hash } = this.tokens.create();
    const session = await this.sessions.insert(ctx.manager, {
      tokenHash: hash,
      userId,
      membershipId,
      ip: ctx.origin.ip,
      at: ctx.now(),
      signedInAt,
    });
    return { token, session };
  }

  /**
   * Ends every open session matching the filter at once (logout, new password); their live
   * sockets on every instance close when the transaction commits.
   */
  async end(ctx: RequestContext, where: SessionFilter, reason: string): Promise<number> {
    const ended = await this.sessions.end(ctx.manager, where, reason, ctx.now());
    await this.live.sessionsEnded(ctx.manager, ended);
    return ended.length;
  }

  /** Ends the signed-in person's other sessions; the one they act in carries on. */
  async endOthers(ctx: RequestContext, reason: string): Promise<void> {
    const { userId, sessionId } = ctx.signedIn;
    const ended = await this.sessions.endOthers(ctx.manager, userId, sessionId, reason, ctx.now());
    await this.live.sessionsEnded(ctx.manager, ended);
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
   * (Runs in the guard, before the request has its context.)
   */
  authenticate(req: HomewardRequest, reply?: FastifyReply): Promise<Actor | null> {
    // Fields of one request resolve in parallel: they share one lookup.
    req.actorLookup ??= this.lookup(req, reply).then((actor) => (req.actor = actor));
    return req.actorLookup;
  }

  private async lookup(req: HomewardRequest, reply?: FastifyReply): Promise<Actor | null> {
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return null;
    const manager = this.dataSource.manager;
    const row = await this.signedIn.byTokenHash(manager, this.tokens.hash(token));
    if (!row) {
      if (reply) this.clearCookie(reply);
      return null;
    }
    const now = this.clock.now();
    const times = { createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at) };
    if (!sessionIsAlive(times, row.role, now)) {
      const ageMs = now.getTime() - times.createdAt.getTime();
      const reason = ageMs >= SESSION_ABSOLUTE_MINUTES * 60_000 ? 'EXPIRED' : 'IDLE';
      await this.live.sessionsEnded(
        manager,
        await this.sessions.end(manager, { id: row.id }, reason, now),
      );
      if (reply) this.clearCookie(reply);
      return null;
    }
    if (now.getTime() - times.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await this.sessions.touch(manager, row.id, now);
    }
    return {
      sessionId: row.id,
      userId: row.user_id,
      membershipId: row.membership_id,
      organizationId: row.organization_id,
      role: row.role,
      language: row.language,
      totpEnabled: row.totp_enabled,
    };
  }
}

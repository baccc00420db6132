import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContactType } from '@homeward/domain';
import ical from 'ical-generator';
import { DataSource, IsNull } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { SecretTokenService } from '../../platform/secret-token.service';
import { AppConfig } from '../../platform/config/app-config';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedModel } from './dto/calendar-feed.model';

/** Neutral titles: nothing in a shared phone calendar says treatment. */
const TITLES: Partial<Record<ContactType, string>> = { PHONE: 'Family call', VIDEO: 'Family call' };
const DAY_MS = 86_400_000;

/**
 * A member's private calendar feed (ICS, made with ical-generator): their visits and family
 * sessions, with neutral titles and no place or detail. The link is a secret; revoking ends it at once.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tokens: SecretTokenService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async status(actor: Actor, planId: string): Promise<CalendarFeedModel> {
    const relation = await this.access.requirePlan(
      this.dataSource.manager,
      actor,
      'calendar.manage',
      planId,
    );
    const feed = await this.dataSource.manager.findOneBy(CalendarFeed, {
      memberId: relation.memberId as string,
      revokedAt: IsNull(),
    });
    return { enabled: !!feed, since: feed?.createdAt ?? null, url: null };
  }

  /** Makes a new link (any earlier one stops working) and shows it this once. */
  enable(actor: Actor, planId: string, origin: RequestOrigin): Promise<CalendarFeedModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, 'calendar.manage', planId);
      const memberId = relation.memberId as string;
      const now = this.clock.now();
      await manager.update(CalendarFeed, { memberId, revokedAt: IsNull() }, { revokedAt: now });
      const { token, hash } = this.tokens.create();
      const feed = await manager.save(
        manager.create(CalendarFeed, { memberId, tokenHash: hash, createdAt: now }),
      );
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'calendar.enabled',
        recordType: 'calendar_feed',
        recordId: feed.id,
        ip: origin.ip,
      });
      return { enabled: true, since: now, url: `${this.config.publicUrl}/calendar/${token}.ics` };
    });
  }

  revoke(actor: Actor, planId: string, origin: RequestOrigin): Promise<CalendarFeedModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, 'calendar.manage', planId);
      const result = await manager.update(
        CalendarFeed,
        { memberId: relation.memberId as string, revokedAt: IsNull() },
        { revokedAt: this.clock.now() },
      );
      if (result.affected) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'calendar.revoked',
          recordType: 'plan',
          recordId: planId,
          details: { memberId: relation.memberId },
          ip: origin.ip,
        });
      }
      return { enabled: false, since: null, url: null };
    });
  }

  /** The feed behind a link, or null when the link is unknown, revoked, or its member has left the plan. */
  async feed(token: string): Promise<string | null> {
    const [feed] = (await this.dataSource.query(
      `SELECT f.member_id FROM calendar_feed f JOIN plan_member m ON m.id = f.member_id
         JOIN membership s ON s.id = m.membership_id JOIN plan p ON p.id = m.plan_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND m.status = 'ACTIVE' AND s.status = 'ACTIVE' AND p.status IN ('ACTIVE', 'PAUSED')`,
      [this.tokens.hash(token)],
    )) as { member_id: string }[];
    if (!feed) return null;
    const now = this.clock.now().getTime();
    const visits = (await this.dataSource.query(
      `SELECT v.id, v.contact_type, v.starts_at, v.ends_at, v.status
         FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id
        WHERE vp.member_id = $1 AND vp.willingness <> 'OPTED_OUT' AND v.status IN ('REQUESTED', 'APPROVED', 'COMPLETED')
          AND v.starts_at BETWEEN $2 AND $3
        ORDER BY v.starts_at LIMIT 500`,
      [feed.member_id, new Date(now - 30 * DAY_MS), new Date(now + 365 * DAY_MS)],
    )) as {
      id: string;
      contact_type: ContactType;
      starts_at: Date;
      ends_at: Date;
      status: string;
    }[];
    const calendar = ical({
      name: 'Family',
      prodId: { company: 'Homeward', product: 'Family calendar' },
    });
    for (const visit of visits) {
      calendar.createEvent({
        id: `${visit.id}@homeward`,
        start: visit.starts_at,
        end: visit.ends_at,
        summary: `${TITLES[visit.contact_type] ?? 'Family visit'}${visit.status === 'REQUESTED' ? ' (to be confirmed)' : ''}`,
      });
    }
    return calendar.toString();
  }
}

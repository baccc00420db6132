import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical from 'ical-generator';
import { DataSource } from 'typeorm';
import { AccessService, ownPlace } from '../../access/access.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { CLOCK, Clock } from '../../platform/clock';
import { AppConfig } from '../../platform/config/app-config';
import { RequestContext } from '../../platform/request-context';
import { SecretTokenService } from '../../platform/secret-token.service';
import { CalendarFeedReader } from './calendar-feed.reader';
import { calendarName, eventTitle } from './calendar-words';
import { CalendarFeedsRepository } from './calendar.repository';
import { CalendarFeedModel } from './dto/calendar-feed.model';

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
    private readonly planChanges: PlanChanges,
    private readonly feeds: CalendarFeedsRepository,
    private readonly reader: CalendarFeedReader,
    private readonly tokens: SecretTokenService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async status(ctx: RequestContext, planId: string): Promise<CalendarFeedModel> {
    const relation = await this.access.requirePlan(
      ctx.manager,
      ctx.signedIn,
      'calendar.manage',
      planId,
    );
    const feed = await this.feeds.live(ctx.manager, ownPlace(relation));
    return { enabled: !!feed, since: feed?.createdAt ?? null, url: null };
  }

  /** Makes a new link (any earlier one stops working) and shows it this once. */
  enable(ctx: RequestContext, planId: string): Promise<CalendarFeedModel> {
    return this.planChanges.run(
      ctx,
      planId,
      async ({ manager, relation, now }) => {
        const memberId = ownPlace(relation);
        await this.feeds.revoke(manager, memberId, now);
        const { token, hash } = this.tokens.create();
        const feedId = await this.feeds.insert(manager, {
          memberId,
          tokenHash: hash,
          createdAt: now,
        });
        return {
          event: { type: 'calendar.enabled', recordType: 'calendar_feed', recordId: feedId },
          answer: async () => ({
            enabled: true,
            since: now,
            url: `${this.config.publicUrl}/calendar/${token}.ics`,
          }),
        };
      },
      // Someone's own link on a plan, not the plan's state: made and ended whatever the plan's status.
      { whenClosed: null },
    );
  }

  revoke(ctx: RequestContext, planId: string): Promise<CalendarFeedModel> {
    return this.planChanges.run(
      ctx,
      planId,
      async ({ manager, relation, now }) => {
        const memberId = ownPlace(relation);
        const revoked = await this.feeds.revoke(manager, memberId, now);
        return {
          event: revoked
            ? {
                type: 'calendar.revoked',
                recordType: 'plan',
                recordId: planId,
                details: { memberId },
              }
            : null,
          answer: async () => ({ enabled: false, since: null, url: null }),
        };
      },
      { whenClosed: null },
    );
  }

  /**
   * The feed behind a link, or null when the link is unknown, revoked, or its member has left the
   * plan. Fetched by a calendar app without a session: its words follow the owner's account.
   */
  async feed(token: string): Promise<string | null> {
    const manager = this.dataSource.manager;
    const owner = await this.reader.owner(manager, this.tokens.hash(token));
    if (!owner) return null;
    const now = this.clock.now().getTime();
    const visits = await this.reader.visits(
      manager,
      owner.memberId,
      new Date(now - 30 * DAY_MS),
      new Date(now + 365 * DAY_MS),
    );
    const calendar = ical({
      name: calendarName(owner.language),
      prodId: { company: 'Homeward', product: 'Family calendar' },
    });
    for (const visit of visits) {
      calendar.createEvent({
        id: `${visit.id}@homeward`,
        start: visit.startsAt,
        end: visit.endsAt,
        summary: eventTitle(visit.contactType, visit.status, owner.language),
      });
    }
    return calendar.toString();
  }
}

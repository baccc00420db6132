import { Injectable } from '@nestjs/common';
import {
  DEFAULT_EMAIL_GROUPS,
  EmailGroup,
  NotificationKind,
  emailGroupsFor,
  notificationPath,
} from '@homeward/domain';
import { AuditService } from '../../audit/audit.service';
import { PeopleService } from '../../identity/people/people.service';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import {
  NotificationModel,
  NotificationSettingsInput,
  NotificationSettingsModel,
} from './dto/notification.model';
import { NotificationPreference } from './notification-preference.entity';
import { Inbox, NotificationsRepository } from './notifications.repository';

/** The bell shows the place the person is signed in to; their other places have their own. */
function inbox(ctx: RequestContext): Inbox {
  return { userId: ctx.signedIn.userId, organizationId: ctx.signedIn.organizationId };
}

/** A person's own notifications and choices: nobody reads or sets another's. */
@Injectable()
export class MyNotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext, limit: number): Promise<NotificationModel[]> {
    const rows = await this.notifications.list(ctx.manager, inbox(ctx), ctx.now(), limit);
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind as NotificationKind,
      planId: n.planId,
      path: notificationPath(n.role, n.kind as NotificationKind, n.planId),
      createdAt: n.createdAt,
      readAt: n.readAt,
    }));
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return this.notifications.unreadCount(ctx.manager, inbox(ctx), ctx.now());
  }

  /**
   * Marking read changes only the reader's own inbox, nobody's record, so it is not an audit
   * event (the audit chain's lock would otherwise be taken on every click).
   */
  async markRead(ctx: RequestContext, id: string): Promise<boolean> {
    const marked = await this.notifications.markRead(
      ctx.manager,
      ctx.signedIn.userId,
      id,
      ctx.now(),
    );
    if (!marked) throw notFound('notification');
    return true;
  }

  markAllRead(ctx: RequestContext): Promise<number> {
    return this.notifications.markAllRead(ctx.manager, inbox(ctx), ctx.now());
  }

  async settings(ctx: RequestContext): Promise<NotificationSettingsModel> {
    const actor = ctx.signedIn;
    const saved = await this.notifications.preferences(ctx.manager, actor.userId);
    const available = emailGroupsFor(actor.role);
    return {
      emailGroups: ((saved?.emailGroups ?? DEFAULT_EMAIL_GROUPS) as EmailGroup[]).filter((g) =>
        available.includes(g),
      ),
      availableGroups: [...available],
      digest: saved?.digest ?? false,
      digestTime: saved?.digestTime ?? '18:00',
      quietFrom: saved?.quietFrom ?? null,
      quietUntil: saved?.quietUntil ?? null,
      checkInReminderAt: saved?.checkInReminderAt ?? null,
      caseloadDigest: saved?.caseloadDigest ?? false,
      allPaused: saved?.allPaused ?? false,
      timeZone: await this.people.timeZoneOf(ctx.manager, actor),
    };
  }

  updateSettings(
    ctx: RequestContext,
    input: NotificationSettingsInput,
  ): Promise<NotificationSettingsModel> {
    const actor = ctx.signedIn;
    const available = emailGroupsFor(actor.role);
    if (input.emailGroups.some((g) => !available.includes(g)))
      throw new DomainError('INPUT_EMAIL_GROUPS', {}, { field: 'emailGroups' });
    if ((input.quietFrom === null) !== (input.quietUntil === null))
      throw new DomainError('INPUT_QUIET_HOURS', {}, { field: 'quietUntil' });
    return ctx.manager.transaction(async (manager) => {
      const choices: NotificationPreference = Object.assign(new NotificationPreference(), {
        userId: actor.userId,
        emailGroups: [...new Set(input.emailGroups)],
        digest: input.digest,
        digestTime: input.digestTime,
        quietFrom: input.quietFrom ?? null,
        quietUntil: input.quietUntil ?? null,
        checkInReminderAt:
          actor.role === 'PATIENT' || actor.role === 'FAMILY'
            ? (input.checkInReminderAt ?? null)
            : null,
        caseloadDigest:
          actor.role === 'ADMIN' || actor.role === 'COUNSELOR' ? input.caseloadDigest : false,
        allPaused: input.allPaused,
        updatedAt: ctx.now(),
      });
      await this.notifications.savePreferences(manager, choices);
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'notification.settings_changed',
        recordType: 'user',
        recordId: actor.userId,
        details: { ...input },
        ip: ctx.origin.ip,
      });
      return this.settings(ctx.within(manager));
    });
  }
}

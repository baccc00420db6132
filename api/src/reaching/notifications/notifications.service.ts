import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_EMAIL_GROUPS,
  GROUP_OF,
  Language,
  MAIL_WORDS,
  NotificationKind,
  homeAreaFor,
  notificationPath,
  notificationTitle,
  URGENT_KINDS,
} from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AgreementReader } from '../../agreement/reader/agreement.reader';
import { AgreementView, dayOf } from '../../agreement/reader/agreement-view';
import { PlanChange, PlanChangeListener, RecordedEvent } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { AppConfig } from '../../platform/config/app-config';
import { LiveUpdates } from '../../platform/live/live-updates';
import { MailContent } from '../../platform/mail/mail-layout';
import { Mailer, QueuedMail } from '../../platform/mail/mailer.service';
import { AudienceReadModel, Listener } from './audience.read-model';
import { ChangeFactsReadModel } from './change-facts.read-model';
import { deliveryTime } from './delivery-time';
import { Notification } from './notification.entity';
import { doneByChange, ToTell, toldOfChange } from './notification-rules';
import { NotificationsRepository } from './notifications.repository';

/** What waits for a member's answer: these notifications are read for them once it no longer waits. */
const WAITING_KINDS: NotificationKind[] = [
  'ANSWER_EXPECTATION',
  'REVIEW_EXPECTATION',
  'ACKNOWLEDGE_BOUNDARY',
  'SIGN_CONTRACT',
  'CONFIRM_VISIT',
  'ANSWER_PHASE_PROPOSAL',
];

/** Events that cannot change what waits for anyone. */
const NOTHING_WAITS = /^(checkin|calendar)\./;

export const NOTIFICATIONS_MAIL = 'notifications';

/**
 * Who is told what (issue 11, DESIGN §3): listens to every recorded change in its transaction,
 * decides from the event and the plan as it now stands, makes each notification once, and
 * queues a mail for those who want one at a time their quiet hours allow.
 */
@Injectable()
export class NotificationsService implements PlanChangeListener, OnModuleInit {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly audience: AudienceReadModel,
    private readonly facts: ChangeFactsReadModel,
    private readonly agreement: AgreementReader,
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly live: LiveUpdates,
  ) {}

  onModuleInit(): void {
    this.planChanges.listen(this);
    this.mailer.compose(NOTIFICATIONS_MAIL, {
      gathered: true,
      compose: (manager, mails, now) => this.composeMail(manager, mails, now),
    });
  }

  async afterChange(change: PlanChange, event: RecordedEvent): Promise<void> {
    if (event.type.startsWith('calendar.')) return;
    const { manager, planId, now, actor } = change;
    const listeners = await this.audience.ofPlan(manager, planId, now);
    const visitIds = [
      ...(event.recordType === 'visit' && event.recordId ? [event.recordId] : []),
      ...((event.details['cancelledVisitIds'] as string[] | undefined) ?? []),
    ];
    const told = toldOfChange({
      eventId: event.id,
      type: event.type,
      recordId: event.recordId,
      details: event.details,
      actorUserId: actor.userId,
      listeners,
      participantsOf: await this.facts.participants(manager, visitIds),
      checkIn:
        event.type === 'checkin.submitted' && event.recordId
          ? await this.facts.checkIn(manager, event.recordId)
          : null,
    });
    if (!NOTHING_WAITS.test(event.type)) {
      const waiting = await this.waitingNow(manager, planId, listeners, now);
      told.push(...waiting.filter((t) => t.userId !== actor.userId));
      const settled = await this.notifications.settleWaiting(
        manager,
        planId,
        listeners
          .filter((l) => l.kind !== 'STAFF')
          .map((l) => ({
            userId: l.userId,
            kinds: WAITING_KINDS,
            keys: waiting.filter((w) => w.userId === l.userId).map((w) => w.dedupeKey),
          })),
        now,
      );
      const done = await this.notifications.settleDone(
        manager,
        planId,
        doneByChange({
          type: event.type,
          details: event.details,
          actorUserId: actor.userId,
          recordId: event.recordId,
        }),
        now,
      );
      await this.announce(manager, [...settled, ...done], planId);
    }
    await this.tell(manager, actor.organizationId, planId, told, listeners, now);
  }

  /** Makes the notifications (once each) and queues the mail their people chose. */
  async tell(
    manager: EntityManager,
    organizationId: string,
    planId: string | null,
    told: ToTell[],
    listeners: Listener[],
    now: Date,
  ): Promise<Notification[]> {
    const made = await this.notifications.make(manager, organizationId, planId, told, now);
    for (const notification of made) {
      const listener = listeners.find((l) => l.userId === notification.userId);
      if (listener) await this.queueMail(manager, listener, notification, now);
    }
    await this.announce(
      manager,
      made.map((n) => n.userId),
      planId,
    );
    return made;
  }

  /** Their bell changes on every page they have open, once this change commits. */
  private async announce(manager: EntityManager, userIds: string[], planId: string | null) {
    if (userIds.length === 0) return;
    await this.live.publish(manager, {
      userIds: [...new Set(userIds)],
      topic: 'notifications',
      planId,
    });
  }

  private async queueMail(
    manager: EntityManager,
    listener: Listener,
    notification: Notification,
    now: Date,
  ) {
    // The closing summary has its own mail, to everyone (ClosingMail).
    if (notification.kind === 'CLOSING_SUMMARY') return;
    const choices = listener.preferences;
    // Someone may not be safe: staff are reached at once, whatever they chose for their updates.
    const urgent = URGENT_KINDS.includes(notification.kind as NotificationKind);
    if (choices?.allPaused && !urgent) return;
    const groups = choices?.emailGroups ?? DEFAULT_EMAIL_GROUPS;
    if (!urgent && !groups.includes(GROUP_OF[notification.kind as NotificationKind])) return;
    await this.mailer.queue(manager, {
      purpose: NOTIFICATIONS_MAIL,
      to: listener.email,
      recipientUserId: listener.userId,
      language: listener.language,
      data: { notificationId: notification.id },
      sendAfter: urgent
        ? now
        : deliveryTime(now, listener.timeZone, {
            digest: choices?.digest ?? false,
            digestTime: choices?.digestTime ?? '18:00',
            quietFrom: choices?.quietFrom ?? null,
            quietUntil: choices?.quietUntil ?? null,
          }),
    });
  }

  /** What waits for each member of the plan now, as each of them sees the plan. */
  private async waitingNow(
    manager: EntityManager,
    planId: string,
    listeners: Listener[],
    now: Date,
  ): Promise<ToTell[]> {
    const members = listeners.filter((l) => l.kind !== 'STAFF');
    if (members.length === 0) return [];
    const data = await this.agreement.load(manager, [planId]);
    const elsewhere = await this.facts.waitingElsewhere(manager, planId, now);
    return members.flatMap((member) => {
      const view = new AgreementView(
        data,
        { memberId: member.memberId, isStaff: false },
        dayOf(now),
        member.language,
      );
      const agreementItems = view.waiting(planId, '').map((item) => ({
        kind: item.kind as NotificationKind,
        recordId: item.recordId,
        key: `${item.kind}:${item.recordId ?? 'contract'}:${item.version ?? item.since.getTime()}`,
      }));
      const otherItems = elsewhere
        .filter((w) => w.memberId === member.memberId)
        .map((w) => ({ kind: w.kind, recordId: w.recordId, key: `${w.kind}:${w.recordId}` }));
      return [...agreementItems, ...otherItems].map((item) => ({
        userId: member.userId,
        memberId: member.memberId,
        kind: item.kind,
        recordId: item.recordId,
        dedupeKey: item.key,
        needsConsent: null,
      }));
    });
  }

  /** One mail for everything due to one person: discreet words, and only what they may still see. */
  private async composeMail(
    manager: EntityManager,
    mails: QueuedMail[],
    now: Date,
  ): Promise<MailContent | null> {
    const ids = mails.map((m) => String(m.data['notificationId']));
    const still = await this.notifications.stillToTell(manager, ids, now);
    if (still.length === 0) return null;
    const language = mails[0].language as Language;
    const words = MAIL_WORDS[language];
    const [first] = still;
    const path =
      still.length === 1
        ? notificationPath(first.role, first.kind as NotificationKind, first.planId)
        : `/${homeAreaFor(first.role)}`;
    return {
      subject: words.subject,
      preview: words.preview,
      paragraphs: [
        words.intro(still.length),
        ...still.map((n) => `• ${notificationTitle(n.kind as NotificationKind, language)}`),
      ],
      action: { label: words.open, url: `${this.config.publicUrl}${path}` },
    };
  }
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Language,
  NotificationKind,
  QUIET_DAYS,
  checkInDueOn,
  isTimeZone,
  localDay,
  missedDueDays,
  notificationTitle,
  shiftDay,
} from '@homeward/domain';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../../platform/clock';
import { AppConfig } from '../../platform/config/app-config';
import { Jobs } from '../../platform/jobs/jobs.service';
import { MailContent } from '../../platform/mail/mail-layout';
import { Mailer, QueuedMail } from '../../platform/mail/mailer.service';
import { LapseService } from '../../safety/lapse/lapse.service';
import { TrialService } from '../../homecoming/trial/trial.service';
import {
  CheckInScheduleService,
  ScheduleInForce,
} from '../../track-record/check-in-schedule/check-in-schedule.service';
import { AudienceReadModel } from './audience.read-model';
import { ChangeFactsReadModel } from './change-facts.read-model';
import { ToTell } from './notification-rules';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { RemindersReadModel } from './reminders.read-model';

/** A reminder is not sent hours late: after this long past the chosen time it waits for tomorrow. */
const REMINDER_WINDOW_MINUTES = 180;
const DAY_MS = 86_400_000;
const CASELOAD_MAIL = 'caseload_digest';

const CASELOAD_WORDS: Record<
  Language,
  { subject: string; preview: string; intro: string; open: string }
> = {
  EN: {
    subject: 'Your daily summary from Homeward',
    preview: 'Sign in to Homeward to see your caseload.',
    intro: 'In the last day, these updates reached you about your caseload:',
    open: 'Open your caseload',
  },
  ES: {
    subject: 'Tu resumen diario de Homeward',
    preview: 'Inicia sesión en Homeward para ver tus casos.',
    intro: 'En el último día te llegaron estas novedades sobre tus casos:',
    open: 'Abrir tus casos',
  },
};

/** Minutes after midnight on the person's own clock. */
function localMinutes(now: Date, timeZone: string): number {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return local.hour * 60 + local.minute;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Whether the person's clock has passed `time` today, by less than the window. */
function dueNow(now: Date, timeZone: string, time: string): boolean {
  const past = localMinutes(now, timeZone) - minutesOf(time);
  return past >= 0 && past < REMINDER_WINDOW_MINUTES;
}

/**
 * The schedules (every minute, on one instance per tick): the daily check-in reminder at each
 * person's chosen time, a visit within the next day, someone quiet for three days, and the
 * staff's daily caseload mail. Each is made once (notification keys, sweep marks), however many
 * instances sweep at the same moment.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reminders: RemindersReadModel,
    private readonly audience: AudienceReadModel,
    private readonly facts: ChangeFactsReadModel,
    private readonly notifications: NotificationsRepository,
    private readonly told: NotificationsService,
    private readonly mailer: Mailer,
    private readonly jobs: Jobs,
    private readonly config: AppConfig,
    private readonly lapses: LapseService,
    private readonly trials: TrialService,
    private readonly schedules: CheckInScheduleService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.every('reminders.sweep', '* * * * *', () => this.sweep());
    this.mailer.compose(CASELOAD_MAIL, {
      gathered: false,
      compose: (manager, mails) => this.composeCaseload(manager, mails),
    });
  }

  async sweep(): Promise<void> {
    const now = this.clock.now();
    await this.checkInReminders(now);
    await this.visitsTomorrow(now);
    await this.quietMembers(now);
    await this.caseloadDigests(now);
    await this.safetyPlanReviews(now);
    await this.pauseLimits(now);
    await this.trialReviews(now);
  }

  /** A trial homecoming's review day has come in the program's time zone: its counselors are reminded, once. */
  private async trialReviews(now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const due of await this.trials.reviewsDue(manager, now)) {
        await this.tellOnPlan(manager, due.organizationId, due.planId, now, (listeners) =>
          listeners
            .filter((l) => l.kind === 'STAFF')
            .map((l) =>
              toTell(
                l.userId,
                null,
                'STAFF_TRIAL_REVIEW_DUE',
                null,
                `trial-review:${due.trialId}:${due.day}`,
              ),
            ),
        );
      }
    });
  }

  /** A safety plan's review day has come: the patient and their counselor are reminded, once. */
  private async safetyPlanReviews(now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const due of await this.reminders.safetyPlanReviews(manager, now)) {
        await this.tellOnPlan(manager, due.organizationId, due.planId, now, (listeners) =>
          listeners
            .filter((l) => l.kind === 'PATIENT' || l.kind === 'STAFF')
            .map((l) =>
              toTell(
                l.userId,
                l.memberId,
                l.kind === 'STAFF' ? 'STAFF_SAFETY_PLAN_REVIEW' : 'SAFETY_PLAN_REVIEW',
                null,
                `safety-plan-review:${due.versionId}`,
              ),
            ),
        );
      }
    });
  }

  /** A pause after something happened reached the longest length the family agreed: staff hear once. */
  private async pauseLimits(now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const pause of await this.lapses.pausesAtLimit(manager, now)) {
        await this.tellOnPlan(manager, pause.organizationId, pause.planId, now, (listeners) =>
          listeners
            .filter((l) => l.kind === 'STAFF')
            .map((l) =>
              toTell(l.userId, null, 'STAFF_PAUSE_LIMIT', null, `pause-limit:${pause.lapseId}`),
            ),
        );
      }
    });
  }

  /** Each plan's schedule, read once per sweep however many people are on it. */
  private schedulesOf(manager: EntityManager, now: Date) {
    const read = new Map<string, Promise<ScheduleInForce>>();
    return (planId: string) => {
      if (!read.has(planId)) read.set(planId, this.schedules.inForce(manager, planId, now));
      return read.get(planId) as Promise<ScheduleInForce>;
    };
  }

  /** At each person's chosen time, on a day the plan's schedule makes a check-in due (its program's day). */
  private async checkInReminders(now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scheduleOf = this.schedulesOf(manager, now);
      for (const person of await this.reminders.checkInReminders(manager)) {
        const zone = isTimeZone(person.timeZone) ? person.timeZone : 'UTC';
        const today = localDay(now, zone);
        if (person.lastDay === today || !dueNow(now, zone, person.remindAt)) continue;
        const plan = await scheduleOf(person.planId);
        if (!checkInDueOn(plan.schedule, plan.today)) continue;
        await this.tellOnPlan(manager, person.organizationId, person.planId, now, (listeners) =>
          listeners
            .filter((l) => l.userId === person.userId && l.memberId === person.memberId)
            .map((l) =>
              toTell(
                l.userId,
                l.memberId,
                'CHECK_IN_REMINDER',
                null,
                `check-in-reminder:${person.memberId}:${today}`,
              ),
            ),
        );
      }
    });
  }

  private async visitsTomorrow(now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const visits = await this.reminders.visitsWithin(
        manager,
        now,
        new Date(now.getTime() + DAY_MS),
      );
      const participants = await this.facts.participants(
        manager,
        visits.map((v) => v.id),
      );
      for (const visit of visits) {
        const taking = participants.get(visit.id) ?? [];
        await this.tellOnPlan(manager, visit.organizationId, visit.planId, now, (listeners) =>
          listeners
            .filter(
              (l) => l.kind === 'PATIENT' || (l.memberId !== null && taking.includes(l.memberId)),
            )
            .map((l) =>
              toTell(
                l.userId,
                l.memberId,
                'VISIT_TOMORROW',
                visit.id,
                `visit-tomorrow:${visit.id}`,
              ),
            ),
        );
      }
    });
  }

  /**
   * Staff hear when someone missed QUIET_DAYS due check-ins in a row (not days: once the schedule
   * thins out, so does this), counted on the program's days up to yesterday.
   */
  private async quietMembers(now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const scheduleOf = this.schedulesOf(manager, now);
      for (const quiet of await this.reminders.quietMembers(manager, now)) {
        const plan = await scheduleOf(quiet.planId);
        const missed = missedDueDays(plan.schedule, [], shiftDay(quiet.lastDay, -1), plan.today);
        if (missed.length < QUIET_DAYS) continue;
        const since = new Date(quiet.quietSince).toISOString();
        await this.tellOnPlan(manager, quiet.organizationId, quiet.planId, now, (listeners) =>
          listeners
            .filter((l) => l.kind === 'STAFF')
            .map((l) =>
              toTell(
                l.userId,
                null,
                'STAFF_QUIET',
                quiet.memberId,
                `quiet:${quiet.memberId}:${since}`,
              ),
            ),
        );
      }
    });
  }

  private async caseloadDigests(now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const staff of await this.reminders.caseloadDigests(manager)) {
        const zone = isTimeZone(staff.timeZone) ? staff.timeZone : 'UTC';
        if (!dueNow(now, zone, staff.digestTime)) continue;
        const key = `caseload-digest:${staff.userId}:${localDay(now, zone)}`;
        if (!(await this.notifications.markOnce(manager, key, now))) continue;
        await this.mailer.queue(manager, {
          purpose: CASELOAD_MAIL,
          to: staff.email,
          recipientUserId: staff.userId,
          language: staff.language as Language,
          data: { since: new Date(now.getTime() - DAY_MS).toISOString() },
        });
      }
    });
  }

  private async tellOnPlan(
    manager: EntityManager,
    organizationId: string,
    planId: string,
    now: Date,
    choose: (listeners: Awaited<ReturnType<AudienceReadModel['ofPlan']>>) => ToTell[],
  ): Promise<void> {
    const listeners = await this.audience.ofPlan(manager, planId, now);
    await this.told.tell(manager, organizationId, planId, choose(listeners), listeners, now);
  }

  private async composeCaseload(
    manager: EntityManager,
    [mail]: QueuedMail[],
  ): Promise<MailContent | null> {
    if (!mail.recipientUserId) return null;
    const counts = await this.reminders.caseloadSince(
      manager,
      mail.recipientUserId,
      new Date(String(mail.data['since'])),
    );
    if (counts.length === 0) return null;
    const language = mail.language as Language;
    const words = CASELOAD_WORDS[language];
    return {
      subject: words.subject,
      preview: words.preview,
      paragraphs: [
        words.intro,
        ...counts.map(
          (c) => `• ${notificationTitle(c.kind as NotificationKind, language)} (${c.count})`,
        ),
      ],
      action: { label: words.open, url: `${this.config.publicUrl}/staff/plans` },
    };
  }
}

function toTell(
  userId: string,
  memberId: string | null,
  kind: NotificationKind,
  recordId: string | null,
  dedupeKey: string,
): ToTell {
  return { userId, memberId, kind, recordId, dedupeKey, needsConsent: null };
}

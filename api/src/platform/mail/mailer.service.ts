import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../clock';
import { AppConfig } from '../config/app-config';
import { PgListener } from '../database/pg-listener';
import { Jobs } from '../jobs/jobs.service';
import { MailContent, renderMail } from './mail-layout';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { OutgoingMail } from './outgoing-mail.entity';
import { OutgoingMailRepository } from './outgoing-mail.repository';

/** A queued mail as its composer reads it. */
export type QueuedMail = Pick<
  OutgoingMail,
  'id' | 'purpose' | 'toAddress' | 'recipientUserId' | 'language' | 'data' | 'createdAt'
>;

/** Writes the words of one purpose's mail when it goes out. */
export interface MailComposer {
  /**
   * Whether due mails of this purpose to one address go out as one (updates gathered after
   * quiet hours or for a digest), or each alone (an invitation, a reset link).
   */
  gathered: boolean;
  /** The words, or null when there is nothing left the recipient may see (it is skipped). */
  compose(manager: EntityManager, mails: QueuedMail[], now: Date): Promise<MailContent | null>;
}

export interface MailToQueue {
  purpose: string;
  to: string;
  recipientUserId?: string | null;
  language: Language;
  data?: Record<string, unknown>;
  /** Not before (quiet hours, a digest); now when absent. */
  sendAfter?: Date;
}

/** Minutes to wait after each refusal by the mail server; after the last, the mail is given up. */
const RETRY_MINUTES = [1, 5, 15, 60, 240];
const BATCH = 20;

/**
 * The mail queue's two ends. `queue` writes a row in the caller's transaction; `deliverDue`
 * sends what is due, each row under a lock another instance skips, so two instances never send
 * the same mail. A commit wakes a sender at once (pg_notify); a schedule sweeps every minute
 * for mail held through quiet hours, digests and retries.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly composers = new Map<string, MailComposer>();
  private running: Promise<number> | null = null;
  private again = false;
  private held = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mails: OutgoingMailRepository,
    private readonly config: AppConfig,
    private readonly listener: PgListener,
    private readonly jobs: Jobs,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.JOBS) return;
    this.jobs.every('mail.deliver-due', '* * * * *', () => this.deliverDue());
    await this.listener.on('homeward_mail', () => void this.deliverDue());
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  /** Registered once by the feature that writes this purpose's mail. */
  compose(purpose: string, composer: MailComposer): void {
    this.composers.set(purpose, composer);
  }

  queue(manager: EntityManager, mail: MailToQueue): Promise<void> {
    const now = this.clock.now();
    return this.mails.add(manager, {
      purpose: mail.purpose,
      toAddress: mail.to,
      recipientUserId: mail.recipientUserId ?? null,
      language: mail.language,
      data: mail.data ?? {},
      sendAfter: mail.sendAfter ?? now,
      createdAt: now,
    });
  }

  /**
   * Runs work whose changes are history rather than news (the demo's three weeks of a home):
   * its notifications stay in the app, its mail is never sent.
   */
  async withoutMail<T>(work: () => Promise<T>): Promise<T> {
    const since = this.clock.now();
    this.held++;
    try {
      const result = await work();
      await this.mails.skipPendingSince(this.dataSource.manager, since);
      return result;
    } finally {
      this.held--;
    }
  }

  /**
   * Lifts a hold: pending mail of this purpose whose `data` holds `match` is due now (one queued
   * with a later `sendAfter` until something happens, e.g. a family invitation until the patient
   * says yes). Called in the transaction of what lifts it; answers how many mails it freed.
   */
  release(
    manager: EntityManager,
    purpose: string,
    match: Record<string, unknown>,
  ): Promise<number> {
    return this.mails.release(manager, purpose, match, this.clock.now());
  }

  /** Where the newest mail of a purpose whose `data` holds `match` stands (a command reports it). */
  statusOf(
    purpose: string,
    match: Record<string, unknown>,
  ): Promise<Pick<OutgoingMail, 'status' | 'lastError'> | null> {
    return this.mails.latest(this.dataSource.manager, purpose, match);
  }

  /** Sends everything due now; one run at a time per instance, and a wake-up during it runs again. */
  deliverDue(): Promise<number> {
    if (this.held > 0) return Promise.resolve(0);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let sent = 0;
      do {
        this.again = false;
        let batch: number;
        do {
          batch = await this.deliverBatch();
          sent += batch;
        } while (batch === BATCH);
      } while (this.again);
      return sent;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private deliverBatch(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const due = await this.mails.takeDue(manager, now, BATCH);
      for (const group of gather(due, this.composers)) await this.deliver(manager, group, now);
      return due.length;
    });
  }

  private async deliver(manager: EntityManager, mails: OutgoingMail[], now: Date): Promise<void> {
    const [first] = mails;
    const ids = mails.map((m) => m.id);
    const composer = this.composers.get(first.purpose);
    const content = composer ? await composer.compose(manager, mails, now) : null;
    if (!content) {
      await this.mails.settle(manager, ids, { status: 'SKIPPED', sentAt: now });
      return;
    }
    const language = first.language as Language;
    try {
      await this.transport.send({
        ...renderMail(content, language, this.config.publicUrl),
        to: first.toAddress,
        link: content.action.url,
      });
      await this.mails.settle(manager, ids, {
        status: 'SENT',
        sentAt: now,
        attempts: first.attempts + 1,
      });
    } catch (error) {
      const attempts = first.attempts + 1;
      const wait = RETRY_MINUTES[attempts - 1];
      this.logger.warn(
        `A ${first.purpose} mail was refused (attempt ${attempts}): ${reasonOf(error)}`,
      );
      await this.mails.settle(manager, ids, {
        attempts,
        lastError: reasonOf(error),
        ...(wait === undefined
          ? { status: 'GAVE_UP' as const }
          : { sendAfter: new Date(now.getTime() + wait * 60_000) }),
      });
    }
  }
}

/** Gathered purposes go out as one mail per address; the others one by one. */
function gather(due: OutgoingMail[], composers: Map<string, MailComposer>): OutgoingMail[][] {
  const groups = new Map<string, OutgoingMail[]>();
  for (const mail of due) {
    const key = composers.get(mail.purpose)?.gathered
      ? `${mail.purpose}:${mail.toAddress}:${mail.attempts}`
      : mail.id;
    groups.set(key, [...(groups.get(key) ?? []), mail]);
  }
  return [...groups.values()];
}

/** The mail server's answer, without the message itself. */
function reasonOf(error: unknown): string {
  const { code, responseCode, message } = error as {
    code?: string;
    responseCode?: number;
    message?: string;
  };
  return [code, responseCode, message?.split('\n')[0]].filter(Boolean).join(' ').slice(0, 300);
}

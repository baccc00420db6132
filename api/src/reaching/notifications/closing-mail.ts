import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CLOSING_MAIL_WORDS, Language, notificationPath } from '@homeward/domain';
import { PlanChange, PlanChangeListener, RecordedEvent } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { AppConfig } from '../../platform/config/app-config';
import { MailContent } from '../../platform/mail/mail-layout';
import { Mailer, QueuedMail } from '../../platform/mail/mailer.service';
import { AudienceReadModel } from './audience.read-model';

export const CLOSING_MAIL = 'closing_summary';

/**
 * When a plan is completed, everyone on it (the patient, each family member, staff) receives a
 * mail, whatever they chose for updates: it comes once, at the end. Its words are discreet
 * ("A note for you"); the summary itself is read in Homeward, within what each may see.
 */
@Injectable()
export class ClosingMail implements PlanChangeListener, OnModuleInit {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly audience: AudienceReadModel,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.planChanges.listen(this);
    this.mailer.compose(CLOSING_MAIL, {
      gathered: false,
      compose: (manager, mails) => this.compose(manager, mails[0]),
    });
  }

  async afterChange({ manager, planId, now }: PlanChange, event: RecordedEvent): Promise<void> {
    if (event.type !== 'plan.plan_completed') return;
    for (const listener of await this.audience.ofPlan(manager, planId, now)) {
      await this.mailer.queue(manager, {
        purpose: CLOSING_MAIL,
        to: listener.email,
        recipientUserId: listener.userId,
        language: listener.language,
        data: {
          path: notificationPath(listener.role, 'CLOSING_SUMMARY', planId),
          planId,
          memberId: listener.memberId,
        },
      });
    }
  }

  /** Checked again as it goes out: someone disabled or gone from the plan since is not mailed. */
  private async compose(manager: EntityManager, mail: QueuedMail): Promise<MailContent | null> {
    const planId = String(mail.data['planId']);
    const memberId = (mail.data['memberId'] as string | null | undefined) ?? null;
    if (
      !mail.recipientUserId ||
      !(await this.audience.stillListening(manager, planId, mail.recipientUserId, memberId))
    )
      return null;
    const words = CLOSING_MAIL_WORDS[mail.language as Language];
    return {
      subject: words.subject,
      preview: words.preview,
      paragraphs: [words.intro],
      action: { label: words.open, url: `${this.config.publicUrl}${String(mail.data['path'])}` },
    };
  }
}

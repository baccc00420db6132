import { Injectable, OnModuleInit } from '@nestjs/common';
import { Language } from '@homeward/domain';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { MailContent } from '../../platform/mail/mail-layout';
import { Mailer } from '../../platform/mail/mailer.service';
import {
  INVITATION_MAIL,
  InvitationMailData,
  InvitationsService,
  MailableInvitation,
} from './invitations.service';

/**
 * The words of an invitation mail. Discreet by design: it never names the program, the
 * organization, who invited them or why, so the subject and preview say nothing on a lock
 * screen or a shared inbox; the invitation page says the rest once the link is opened.
 */
export function invitationMail(
  language: Language,
  { acceptUrl, expiresAt, timeZone }: MailableInvitation,
): MailContent {
  const until = new Intl.DateTimeFormat(language === 'ES' ? 'es' : 'en-US', {
    dateStyle: 'long',
    timeZone,
  }).format(expiresAt);
  return language === 'ES'
    ? {
        subject: 'Te invitaron a Homeward',
        preview: 'Tienes una invitación esperándote: elige una contraseña para unirte.',
        paragraphs: [
          'Hola:',
          'Te invitaron a unirte a Homeward. Abre el enlace de abajo para elegir tu nombre y una contraseña.',
          `El enlace funciona una sola vez, hasta el ${until}. Si no esperabas este correo, puedes ignorarlo.`,
        ],
        action: { label: 'Abrir tu invitación', url: acceptUrl },
        withoutSettings: true,
      }
    : {
        subject: "You're invited to Homeward",
        preview: 'An invitation is waiting for you: choose a password to join.',
        paragraphs: [
          'Hello,',
          'You have been invited to join Homeward. Open the link below to choose your name and a password.',
          `The link works once, until ${until}. If you weren't expecting this email, you can ignore it.`,
        ],
        action: { label: 'Open your invitation', url: acceptUrl },
        withoutSettings: true,
      };
}

/** The plan event of the patient saying yes to a proposed family member. */
const MEMBER_APPROVED = 'plan.member_approved';

/**
 * Sends invitation mails: composes each when it goes out (skipped once the link can no longer
 * be used: withdrawn, used, expired, or its place on a plan gone), and lets a family
 * invitation's held mail go when the patient approves.
 */
@Injectable()
export class InvitationMail implements OnModuleInit {
  constructor(
    private readonly mailer: Mailer,
    private readonly invitations: InvitationsService,
    private readonly planChanges: PlanChanges,
  ) {}

  onModuleInit(): void {
    this.mailer.compose(INVITATION_MAIL, {
      gathered: false,
      compose: async (manager, [mail], now) => {
        const data = mail.data as unknown as InvitationMailData;
        const offer = await this.invitations.mailable(manager, data, now);
        return offer ? invitationMail(mail.language as Language, offer) : null;
      },
    });
    this.planChanges.listen({
      afterChange: async ({ manager }, event) => {
        const memberId = event.details['memberId'];
        if (event.type === MEMBER_APPROVED && typeof memberId === 'string') {
          await this.invitations.releaseMailFor(manager, memberId);
        }
      },
    });
  }
}

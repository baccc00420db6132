import { Injectable, OnModuleInit } from '@nestjs/common';
import { Language } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { MailContent } from '../../platform/mail/mail-layout';
import { Mailer } from '../../platform/mail/mailer.service';
import { SecretBoxService } from '../../platform/secret-box.service';
import { SecretTokenService } from '../../platform/secret-token.service';
import { PeopleService } from '../people/people.service';
import {
  PASSWORD_RESET_MAIL,
  PasswordResetMailData,
  PasswordResetService,
} from './password-reset.service';
import { PasswordResetsRepository } from './password-resets.repository';

/** The words of a reset mail. Discreet: nothing about the program, only the account and the link. */
const WORDS: Record<Language, Omit<MailContent, 'action'> & { label: string }> = {
  EN: {
    subject: 'Choose a new Homeward password',
    preview: 'Here is the link you asked for. It works for one hour.',
    paragraphs: [
      'Hello,',
      'Someone asked to reset the password of the Homeward account that uses this email address. If it was you, open the link below to choose a new one.',
      'The link works once, for one hour. Choosing a new password signs you out on every device.',
      "If it wasn't you, you can ignore this email: your password stays as it is.",
    ],
    label: 'Choose a new password',
  },
  ES: {
    subject: 'Elige una contraseña nueva para Homeward',
    preview: 'Aquí tienes el enlace que pediste. Funciona durante una hora.',
    paragraphs: [
      'Hola:',
      'Alguien pidió restablecer la contraseña de la cuenta de Homeward que usa esta dirección de correo. Si fuiste tú, abre el enlace de abajo para elegir una nueva.',
      'El enlace funciona una sola vez, durante una hora. Al elegir una contraseña nueva, se cerrará tu sesión en todos tus dispositivos.',
      'Si no fuiste tú, puedes ignorar este correo: tu contraseña sigue igual.',
    ],
    label: 'Elegir una contraseña nueva',
  },
};

/**
 * Writes a reset mail when it goes out, if the link can still be used: a link already used (or
 * replaced by a new password), expired, or for an account disabled since, is skipped.
 */
@Injectable()
export class PasswordResetMail implements OnModuleInit {
  constructor(
    private readonly mailer: Mailer,
    private readonly resets: PasswordResetsRepository,
    private readonly people: PeopleService,
    private readonly service: PasswordResetService,
    private readonly tokens: SecretTokenService,
    private readonly box: SecretBoxService,
  ) {}

  onModuleInit(): void {
    this.mailer.compose(PASSWORD_RESET_MAIL, {
      gathered: false,
      compose: (manager, [mail], now) =>
        this.compose(
          manager,
          mail.data as unknown as PasswordResetMailData,
          mail.language as Language,
          now,
        ),
    });
  }

  private async compose(
    manager: EntityManager,
    data: PasswordResetMailData,
    language: Language,
    now: Date,
  ): Promise<MailContent | null> {
    const token = this.box.open(data.token);
    const link = await this.resets.byTokenHash(manager, this.tokens.hash(token));
    if (!link || link.id !== data.resetId) return null;
    if (link.usedAt || link.expiresAt.getTime() <= now.getTime()) return null;
    const account = await this.people.account(manager, link.userId);
    if (account.disabledAt) return null;
    const { label, ...words } = WORDS[language];
    // Not an update they chose to receive: no settings to point to.
    return { ...words, action: { label, url: this.service.linkFor(token) }, withoutSettings: true };
  }
}

import { Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import { RenderedMail } from './mail-layout';

export interface Envelope extends RenderedMail {
  to: string;
  /** Shown on the console with the development folder, so a newcomer can follow it. */
  link: string;
}

/** Where mail goes: an SMTP server, or (without SMTP_URL) a folder of .eml files. */
export interface MailTransport {
  send(mail: Envelope): Promise<void>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export function mailTransportFor(config: AppConfig): MailTransport {
  return config.SMTP_URL ? smtpTransport(config) : folderTransport(config);
}

function smtpTransport(config: AppConfig): MailTransport {
  const transport = createTransport(config.SMTP_URL);
  return {
    async send({ to, subject, text, html }) {
      await transport.sendMail({ from: config.mailFrom, to, subject, text, html });
    },
    close: () => transport.close(),
  };
}

/** Development: each mail is an .eml file any mail app opens, and its subject and link are printed. */
function folderTransport(config: AppConfig): MailTransport {
  const folder = resolve(config.MAIL_DIR);
  const writer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const logger = new Logger('Mail');
  if (config.isProduction)
    logger.warn(`SMTP_URL is not set: mail is written to ${folder} and not sent.`);
  return {
    async send({ to, subject, text, html, link }) {
      const { message } = await writer.sendMail({ from: config.mailFrom, to, subject, text, html });
      await mkdir(folder, { recursive: true });
      const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${to}.eml`);
      await writeFile(file, message as Buffer);
      logger.log(`"${subject}" to ${to} → ${link} (written to ${file})`);
    },
    close: () => writer.close(),
  };
}

/**
 * `npm run org:create -- --name "…" --admin-email … [--admin-name …] [--language EN|ES]
 * [--time-zone …]`: first start in production. Applies pending migrations, creates the
 * organization and its first admin's invitation (setup/organization-setup.ts), then sends the
 * invitation mail at once: through SMTP_URL, or without it written to MAIL_DIR, with the
 * one-time link printed here. Speaks Spanish when the shell's LANG does.
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { describeReason, Language } from '@homeward/domain';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { migrate } from './platform/database/migrate';
import { AppModule } from './app.module';
import { INVITATION_MAIL } from './identity/invitations/invitations.service';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { DomainError } from './platform/domain-error';
import { Mailer } from './platform/mail/mailer.service';
import { OrganizationSetup, setUpOrganization } from './ops/organization-setup';

const FLAGS = {
  name: 'name',
  adminEmail: 'admin-email',
  adminName: 'admin-name',
  language: 'language',
  timeZone: 'time-zone',
} as const;

const WORDS = {
  EN: {
    usage: [
      'Creates a program and invites its first admin by email.',
      '',
      '  npm run org:create -- --name "Harbor House" --admin-email admin@example.org \\',
      '    [--admin-name "Avery Admin"] [--language EN|ES] [--time-zone America/Chicago]',
      '',
      'It uses DATABASE_URL (or the embedded database of `npm start` when unset), SESSION_SECRET,',
      'PUBLIC_URL and SMTP_URL exactly as the server does: run it with the same settings.',
    ],
    needed: 'Give both --name and --admin-email.',
    migrations: (n: number) => `Applied ${n} migration(s).`,
    created: (s: OrganizationSetup) =>
      `Created "${s.organization.name}" (time zone ${s.organization.timeZone}) and invited ${s.adminEmail} as its first admin.`,
    until: (s: OrganizationSetup) =>
      `The link works once, until ${s.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    sent: (s: OrganizationSetup) =>
      `The invitation mail went to ${s.adminEmail} through your mail server (SMTP_URL).`,
    noSmtp: (s: OrganizationSetup, folder: string) =>
      `SMTP_URL is not set, so the mail was written to ${folder}, not sent. Give ${s.adminEmail} this one-time link yourself, privately:`,
    notYet: (s: OrganizationSetup, why: string) =>
      `The mail server has not taken the invitation yet (${why}); a running Homeward tries again within minutes. Meanwhile you can give ${s.adminEmail} this one-time link yourself, privately:`,
    next: 'Next: they open the link, choose a name and a password, and sign in to the staff portal.',
    cannot: 'Nothing was created:',
  },
  ES: {
    usage: [
      'Crea un programa e invita por correo a su primera persona administradora.',
      '',
      '  npm run org:create -- --name "Casa Puerto" --admin-email admin@ejemplo.org \\',
      '    [--admin-name "Ana Admin"] [--language EN|ES] [--time-zone America/Mexico_City]',
      '',
      'Usa DATABASE_URL (o la base de datos integrada de `npm start` si no está), SESSION_SECRET,',
      'PUBLIC_URL y SMTP_URL igual que el servidor: ejecútalo con la misma configuración.',
    ],
    needed: 'Indica --name y --admin-email.',
    migrations: (n: number) => `Se aplicaron ${n} migraciones.`,
    created: (s: OrganizationSetup) =>
      `Se creó «${s.organization.name}» (zona horaria ${s.organization.timeZone}) y se invitó a ${s.adminEmail} como su primera persona administradora.`,
    until: (s: OrganizationSetup) =>
      `El enlace funciona una sola vez, hasta el ${s.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    sent: (s: OrganizationSetup) =>
      `El correo de invitación salió hacia ${s.adminEmail} por tu servidor de correo (SMTP_URL).`,
    noSmtp: (s: OrganizationSetup, folder: string) =>
      `SMTP_URL no está definido, así que el correo se guardó en ${folder} y no se envió. Dale tú a ${s.adminEmail} este enlace de un solo uso, en privado:`,
    notYet: (s: OrganizationSetup, why: string) =>
      `El servidor de correo todavía no aceptó la invitación (${why}); Homeward en marcha vuelve a intentarlo en unos minutos. Mientras tanto puedes darle tú a ${s.adminEmail} este enlace de un solo uso, en privado:`,
    next: 'Después: abre el enlace, elige un nombre y una contraseña, y entra al portal del equipo.',
    cannot: 'No se creó nada:',
  },
} satisfies Record<Language, unknown>;

/** The operator's language: their shell's, when it is Spanish. */
function operatorLanguage(env = process.env): Language {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('es') ? 'ES' : 'EN';
}

async function main(): Promise<number> {
  const lang = operatorLanguage();
  const words = WORDS[lang];
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
        language: { type: 'string' },
        'time-zone': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    // An option it does not know, or one without its value: say which, then how to call it.
    console.error(error instanceof Error ? error.message : String(error));
    console.log(words.usage.join('\n'));
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    console.log(words.usage.join('\n'));
    return 0;
  }
  if (values.name === undefined || values['admin-email'] === undefined) {
    console.error(words.needed);
    console.log(words.usage.join('\n'));
    return 2;
  }

  // The schedules stay with the servers: this command sends its one mail itself and exits.
  const config = loadConfig({ ...process.env, JOBS: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ config }), {
    logger: ['error', 'warn'],
  });
  try {
    await app.init();
    const applied = await migrate(app.get(DataSource));
    if (applied.length) console.log(words.migrations(applied.length));

    let setup: OrganizationSetup;
    try {
      setup = await setUpOrganization(app, {
        name: values.name,
        adminEmail: values['admin-email'],
        adminName: values['admin-name'],
        language: values.language,
        timeZone: values['time-zone'],
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const field = error.details.field as keyof typeof FLAGS | undefined;
      const flag = field && FLAGS[field] ? `--${FLAGS[field]}: ` : '';
      console.error(`${words.cannot} ${flag}${describeReason(error.reason, error.params, lang)}`);
      return 1;
    }
    console.log(words.created(setup));

    const mailer = app.get(Mailer);
    await mailer.deliverDue();
    const mail = await mailer.statusOf(INVITATION_MAIL, { invitationId: setup.invitationId });
    if (config.SMTP_URL && mail?.status === 'SENT') {
      console.log(words.sent(setup));
    } else {
      console.log(
        config.SMTP_URL
          ? words.notYet(setup, mail?.lastError ?? mail?.status ?? '—')
          : words.noSmtp(setup, resolve(config.MAIL_DIR)),
      );
      console.log(`\n  ${setup.acceptUrl}\n`);
    }
    console.log(words.until(setup));
    console.log(words.next);
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else new Logger('org:create').error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { ReceivedMail } from './support';

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) =>
    group.value.map((address) => (address.address ?? '').toLowerCase()),
  );

/**
 * The journeys' mail server: a real SMTP server (smtp-server) the app sends to. Each mail it
 * receives is parsed and written as one JSON file in `folder` (emptied first), where the
 * journeys, running in other processes, read it (`nextMail` in support.ts).
 */
export async function startMailSink(port: number, folder: string): Promise<() => Promise<void>> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            to: addresses(parsed.to),
            from: addresses(parsed.from)[0] ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            receivedAt: new Date().toISOString(),
          };
          // Written whole, then renamed: a reader never sees half a mail.
          const name = `${Date.now()}-${String(sequence++).padStart(5, '0')}`;
          writeFileSync(join(folder, `${name}.tmp`), JSON.stringify(mail, null, 2));
          renameSync(join(folder, `${name}.tmp`), join(folder, `${name}.json`));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

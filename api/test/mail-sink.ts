import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Every mail received so far, in order. */
  messages: ParsedMail[];
  /** The next mail (already received or still to come) that matches, in order of arrival. */
  next(predicate?: (mail: ParsedMail) => boolean): Promise<ParsedMail>;
  /** The next `count` mails are refused with a temporary error (451), as a busy server would. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server) on a free port that keeps what it receives, parsed. */
export async function startMailSink(): Promise<MailSink> {
  const messages: ParsedMail[] = [];
  const waiting: { predicate: (mail: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }[] =
    [];
  const taken = new Set<ParsedMail>();
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals--;
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('Try again later'), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          const i = waiting.findIndex((w) => w.predicate(mail));
          if (i >= 0) {
            taken.add(mail);
            waiting.splice(i, 1)[0].resolve(mail);
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    next(predicate = () => true) {
      const ready = messages.find((m) => !taken.has(m) && predicate(m));
      if (ready) {
        taken.add(ready);
        return Promise.resolve(ready);
      }
      return new Promise((resolve) => waiting.push({ predicate, resolve }));
    },
    refuseNext(count) {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

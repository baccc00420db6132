import { startMailSink } from './mail-sink';
import { forgetTotpBook, mailFolder, setClock, smtpPort } from './support';

/**
 * Once per run, before any journey: the API's clock starts at real time, and the SMTP server the
 * app sends its mail to is listening (closed again after the last journey).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  setClock(0);
  forgetTotpBook();
  return startMailSink(smtpPort(), mailFolder());
}

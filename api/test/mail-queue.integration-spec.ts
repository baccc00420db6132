import { Mailer } from '../src/platform/mail/mailer.service';
import { createTestApp, TestApp } from './create-test-app';
import { MailSink, startMailSink } from './mail-sink';

interface QueuedRow {
  status: string;
  attempts: number;
  last_error: string | null;
  send_after: Date;
}

/** The mail queue itself: written in the change's transaction, retried with backoff, sent once. */
describe('the mail queue on PostgreSQL', () => {
  let t: TestApp;
  let second: TestApp;
  let sink: MailSink;
  let sequence = 0;

  const mailer = () => t.app.get(Mailer);
  const row = async (to: string): Promise<QueuedRow> =>
    (await t.dataSource.query('SELECT * FROM outgoing_mail WHERE to_address = $1', [to]))[0];
  const queue = (to: string) =>
    t.dataSource.transaction((manager) =>
      mailer().queue(manager, { purpose: 'queue-test', to, language: 'EN' }),
    );
  const fresh = () => `person-${sequence++}@test.example`;

  beforeAll(async () => {
    sink = await startMailSink();
    t = await createTestApp({ env: { SMTP_URL: sink.url } });
    second = await createTestApp({ env: { SMTP_URL: sink.url }, sameDatabaseAs: t });
    for (const app of [t, second]) {
      app.app.get(Mailer).compose('queue-test', {
        gathered: false,
        compose: async () => ({
          subject: 'A test',
          preview: 'Only a test.',
          paragraphs: ['Nothing to see.'],
          action: { label: 'Open', url: 'https://homeward.test/' },
        }),
      });
    }
  });
  afterAll(async () => {
    await second.close();
    await t.close();
    await sink.close();
  });

  it('writes nothing for a change that rolls back', async () => {
    const to = fresh();
    await expect(
      t.dataSource.transaction(async (manager) => {
        await mailer().queue(manager, { purpose: 'queue-test', to, language: 'EN' });
        throw new Error('the change stopped');
      }),
    ).rejects.toThrow('the change stopped');
    expect(await row(to)).toBeUndefined();
    await mailer().deliverDue();
    expect(sink.messages.filter((m) => m.subject === 'A test' && m.text?.includes(to))).toEqual([]);
  });

  it('retries a refused mail after a wait that grows, and sends it once the server takes it', async () => {
    const to = fresh();
    await queue(to);
    sink.refuseNext(2);

    expect(await mailer().deliverDue()).toBe(1);
    let kept = await row(to);
    expect(kept).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(kept.last_error).toContain('451');
    const firstWait = new Date(kept.send_after).getTime() - t.clock.now().getTime();
    expect(firstWait).toBe(60_000);

    await mailer().deliverDue(); // not due yet: nothing is tried
    expect((await row(to)).attempts).toBe(1);

    t.clock.advanceMinutes(1);
    await mailer().deliverDue();
    kept = await row(to);
    expect(kept).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(new Date(kept.send_after).getTime() - t.clock.now().getTime()).toBe(5 * 60_000);

    t.clock.advanceMinutes(5);
    await mailer().deliverDue();
    expect(await row(to)).toMatchObject({ status: 'SENT', attempts: 3 });
    expect(sink.messages.filter((m) => addressOf(m.to) === to)).toHaveLength(1);
  });

  it('sends each mail exactly once when two instances send at the same moment', async () => {
    const addresses = Array.from({ length: 12 }, fresh);
    for (const to of addresses) await queue(to);
    await Promise.all([
      mailer().deliverDue(),
      second.app.get(Mailer).deliverDue(),
      mailer().deliverDue(),
      second.app.get(Mailer).deliverDue(),
    ]);
    for (const to of addresses) {
      expect(sink.messages.filter((m) => addressOf(m.to) === to)).toHaveLength(1);
      expect((await row(to)).status).toBe('SENT');
    }
  });
});

function addressOf(to: unknown): string | undefined {
  const first = (Array.isArray(to) ? to[0] : to) as { value: { address?: string }[] } | undefined;
  return first?.value[0]?.address;
}

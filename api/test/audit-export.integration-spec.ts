import { AUDIT_CSV_COLUMNS } from '@homeward/domain';
import { codes, createTestApp, GqlResult, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';
import { data } from './home';

const EXPORT = `query($from: String!, $to: String!) {
  auditExport(from: $from, to: $to) {
    from to timeZone events csv fileName chainVerified checkedEvents firstBrokenEventId firstBrokenReason
  }
}`;

interface AuditExport {
  from: string;
  to: string;
  timeZone: string;
  events: number;
  csv: string;
  fileName: string;
  chainVerified: boolean;
  checkedEvents: number;
  firstBrokenEventId: string | null;
  firstBrokenReason: string | null;
}

/** The CSV's rows as objects by column (no cell here holds a comma or a quote but `details`). */
function rows(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  const names = header.split(',').map((h) => h.replace(/ \(.*\)$/, ''));
  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [];
    return Object.fromEntries(
      names.map((name, i) => {
        const raw = (cells[i] ?? '').replace(/,$/, '');
        return [name, raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw];
      }),
    );
  });
}

describe('audit export', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: string;
  /** The invitation made late on 2 March in Chicago (already 3 March in UTC), and one just after midnight. */
  let lateEvening: string;
  let afterMidnight: string;

  const invite = async (email: string): Promise<string> =>
    data(
      await t.gql<{ createInvitation: { invitation: { id: string } } }>(
        `mutation { createInvitation(input: { email: "${email}", role: FAMILY }) { invitation { id } } }`,
        {},
        { cookie: admin },
      ),
    ).createInvitation.invitation.id;
  const exportDays = (from: string, to: string, cookie = admin) =>
    t.gql<{ auditExport: AuditExport }>(EXPORT, { from, to }, { cookie });

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrganization(t.dataSource, 'Export Program');
    // 2 March, 09:00 UTC: 03:00 in Chicago.
    admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    data(
      await t.gql(
        'mutation { setTimeZone(timeZone: "America/Chicago") { id } }',
        {},
        { cookie: admin },
      ),
    );
    // Staff sessions end after 15 idle minutes: the admin signs in again each time.
    t.clock.advanceMinutes(20 * 60 + 30); // 3 March, 05:30 UTC: 23:30 on 2 March in Chicago
    admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    lateEvening = await invite('late@example.org');
    t.clock.advanceMinutes(60); // 06:30 UTC: 00:30 on 3 March in Chicago
    admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    afterMidnight = await invite('early@example.org');
  });
  afterEach(() => t.close());

  it("takes the days in the reader's own time zone, and only the organization's own events", async () => {
    const other = await createOrganization(t.dataSource, 'Other Program');
    await t.login(other.people.ADMIN.email, TEST_PASSWORD);

    const second = data(await exportDays('2026-03-02', '2026-03-02')).auditExport;
    expect(second.timeZone).toBe('America/Chicago');
    expect(rows(second.csv).map((r) => r['action'])).toEqual([
      'auth.login',
      'user.time_zone.set',
      'auth.login',
      'invitation.created',
    ]);
    expect(second.events).toBe(4);
    const late = rows(second.csv)[3];
    expect(late['record_id']).toBe(lateEvening);
    expect(late['local_time']).toBe('2026-03-02 23:30:00');
    expect(late['occurred_at']).toBe('2026-03-03T05:30:00.000Z');

    const third = data(await exportDays('2026-03-03', '2026-03-03')).auditExport;
    // Each export is itself in the trail: the one just made, at 00:30 on 3 March.
    expect(rows(third.csv).map((r) => r['action'])).toEqual([
      'auth.login',
      'invitation.created',
      'audit.exported',
    ]);
    expect(rows(third.csv)[1]['record_id']).toBe(afterMidnight);
    const all = data(await exportDays('2026-03-01', '2026-03-31')).auditExport;
    expect(all.events).toBe(8);
    expect(rows(all.csv).every((r) => r['organization_id'] === org.id)).toBe(true);
  });

  it('holds only what each event holds, says the chain is verified, and records the export', async () => {
    const result = data(await exportDays('2026-03-02', '2026-03-03')).auditExport;
    expect(result).toMatchObject({
      from: '2026-03-02',
      to: '2026-03-03',
      fileName: 'homeward-audit-2026-03-02-to-2026-03-03.csv',
      chainVerified: true,
      firstBrokenEventId: null,
      firstBrokenReason: null,
    });
    const [header] = result.csv.split('\r\n');
    expect(header).toBe(
      AUDIT_CSV_COLUMNS.map((c) => (c === 'local_time' ? 'local_time (America/Chicago)' : c)).join(
        ',',
      ),
    );
    // People's names are not in the trail's events, so they are not in the file.
    expect(result.csv).not.toContain('ADMIN ');
    const invitation = rows(result.csv).find((r) => r['record_id'] === lateEvening);
    expect(invitation).toMatchObject({
      actor_user_id: org.people.ADMIN.userId,
      ip: '203.0.113.10',
      details: '{"planMemberId":null,"role":"FAMILY"}',
      verified: 'yes',
    });
    expect(invitation?.['hash']).toMatch(/^[0-9a-f]{64}$/);

    const [{ n }] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1 AND action <> 'audit.exported'",
      [org.id],
    );
    expect(result.checkedEvents).toBe(n);
    const [recorded] = await t.dataSource.query(
      "SELECT actor_user_id, details FROM audit_event WHERE action = 'audit.exported'",
    );
    expect(recorded).toEqual({
      actor_user_id: org.people.ADMIN.userId,
      details: { from: '2026-03-02', to: '2026-03-03', events: 6, chainVerified: true },
    });
  });

  it('names the first event that was changed, and marks it and the rest as not verified', async () => {
    // Only a superuser can step around the append-only trigger: what tampering would look like.
    await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change');
    // TypeORM answers [rows, count] for an UPDATE … RETURNING.
    const [[{ id }]] = await t.dataSource.query(
      'UPDATE audit_event SET details = \'{"role":"ADMIN"}\' WHERE record_id = $1 RETURNING id',
      [lateEvening],
    );
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change');

    const result = data(await exportDays('2026-03-02', '2026-03-03')).auditExport;
    expect(result).toMatchObject({
      chainVerified: false,
      firstBrokenEventId: String(id),
      firstBrokenReason: 'CONTENT_CHANGED',
      checkedEvents: 3,
    });
    expect(rows(result.csv).map((r) => r['verified'])).toEqual([
      'yes',
      'yes',
      'yes',
      'no',
      'no',
      'no',
    ]);
  });

  it.each([
    ['a last day before the first', '2026-03-03', '2026-03-02', 'AUDIT_RANGE_BACKWARDS', 'to'],
    ['a day not on the calendar', '2026-02-30', '2026-03-02', 'INPUT_AUDIT_DAY', 'from'],
    ['words instead of a day', '2026-03-01', 'yesterday', 'INPUT_AUDIT_DAY', 'to'],
  ])('refuses %s, naming the field', async (_what, from, to, reason, field) => {
    const result: GqlResult = await exportDays(from, to);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions).toMatchObject({ reason, field });
  });

  it('is for admins only', async () => {
    const counselor = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
    expect(codes(await exportDays('2026-03-02', '2026-03-02', counselor))).toEqual(['FORBIDDEN']);
  });
});

import { auditHash, AuditContent } from './audit-chain';
import { AUDIT_CSV_COLUMNS } from '@homeward/domain';
import { auditCsv, ExportedEvent } from './audit-csv';

function event(
  id: number,
  prevHash: string | null,
  over: Partial<AuditContent> = {},
): ExportedEvent {
  const content: AuditContent = {
    organizationId: 'org-1',
    actorUserId: 'user-1',
    action: 'invitation.created',
    recordType: 'invitation',
    recordId: `inv-${id}`,
    details: { role: 'FAMILY', planMemberId: null },
    ip: '203.0.113.10',
    occurredAt: new Date(Date.UTC(2026, 2, 1, 4, 30, id)),
    prevHash,
    ...over,
  };
  return { ...content, id: String(id), hash: auditHash(content) };
}

/** A minimal RFC 4180 reader: enough to read back what auditCsv wrote. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('audit CSV', () => {
  const first = event(1, null);
  const second = event(2, first.hash, { details: { email: 'a, "b"@example.org' } });

  it('has a header naming every column, the local time in the zone asked for', () => {
    const [header] = parse(auditCsv([first], 'America/Chicago', null));
    expect(header).toEqual(
      AUDIT_CSV_COLUMNS.map((c) => (c === 'local_time' ? 'local_time (America/Chicago)' : c)),
    );
  });

  it('writes each event so its hash can be recomputed from the row alone', () => {
    const [, ...rows] = parse(auditCsv([first, second], 'America/Chicago', null));
    expect(rows).toHaveLength(2);
    for (const [index, row] of rows.entries()) {
      const at = (column: (typeof AUDIT_CSV_COLUMNS)[number]) =>
        row[AUDIT_CSV_COLUMNS.indexOf(column)] || null;
      const recomputed = auditHash({
        organizationId: at('organization_id'),
        actorUserId: at('actor_user_id'),
        action: at('action') as string,
        recordType: at('record_type'),
        recordId: at('record_id'),
        details: JSON.parse(at('details') as string),
        ip: at('ip'),
        occurredAt: new Date(at('occurred_at') as string),
        prevHash: at('prev_hash'),
      });
      expect(recomputed).toBe([first, second][index].hash);
      expect(at('hash')).toBe(recomputed);
    }
    // 04:30 UTC on 1 March is 22:30 the evening before in Chicago.
    expect(rows[0][2]).toBe('2026-02-28 22:30:01');
  });

  it('quotes commas and quotes, and keeps a spreadsheet from running a cell as a formula', () => {
    const formula = event(3, second.hash, { recordId: '=HYPERLINK("http://x")', ip: '-1' });
    const csv = auditCsv([second, formula], 'UTC', null);
    expect(csv).toContain(`"{""email"":""a, \\""b\\""@example.org""}"`);
    const [, , row] = parse(csv);
    expect(row[AUDIT_CSV_COLUMNS.indexOf('record_id')]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[AUDIT_CSV_COLUMNS.indexOf('ip')]).toBe(`'-1`);
  });

  it('marks the events from the first one the chain check stopped at as not verified', () => {
    const third = event(3, second.hash);
    const [, ...rows] = parse(auditCsv([first, second, third], 'UTC', '2'));
    expect(rows.map((r) => r[AUDIT_CSV_COLUMNS.indexOf('verified')])).toEqual(['yes', 'no', 'no']);
  });

  it('ends every line with CRLF, and an empty range is the header alone', () => {
    expect(auditCsv([], 'UTC', null)).toBe(
      AUDIT_CSV_COLUMNS.map((c) => (c === 'local_time' ? 'local_time (UTC)' : c)).join(',') +
        '\r\n',
    );
  });
});

import { AUDIT_CSV_COLUMNS } from '@homeward/domain';
import stableStringify from 'fast-json-stable-stringify';

/** One event of the trail, as kept (everything its hash covers, and the hash). */
export interface ExportedEvent {
  id: string;
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  occurredAt: Date;
  prevHash: string | null;
  hash: string;
}

/**
 * The trail as CSV (RFC 4180, CRLF lines, a header row) in the columns of AUDIT_CSV_COLUMNS
 * (@homeward/domain, where the staff portal explains each). `local_time` is in `timeZone`; `verified`
 * is `yes` for each event before the first one the chain check stopped at, `no` from it on.
 */
export function auditCsv(
  events: ExportedEvent[],
  timeZone: string,
  firstBrokenId: string | null,
): string {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const header = AUDIT_CSV_COLUMNS.map((c) =>
    c === 'local_time' ? `local_time (${timeZone})` : c,
  );
  const broken = firstBrokenId === null ? null : BigInt(firstBrokenId);
  const lines = [header.map(cell)];
  for (const e of events) {
    lines.push(
      [
        e.id,
        e.occurredAt.toISOString(),
        local.format(e.occurredAt),
        e.organizationId,
        e.actorUserId,
        e.action,
        e.recordType,
        e.recordId,
        e.ip,
        stableStringify(e.details),
        e.prevHash,
        e.hash,
        broken !== null && BigInt(e.id) >= broken ? 'no' : 'yes',
      ].map(cell),
    );
  }
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV cell: quoted when it holds a comma, a quote or a line break; and a cell a spreadsheet
 * would run as a formula (=, +, -, @, tab, carriage return first) gets a leading apostrophe
 * (OWASP's CSV injection advice), so opening the file never runs anything.
 */
function cell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

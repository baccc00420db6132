/**
 * The columns of an audit export (`auditExport`), in order: the API writes them, the staff
 * portal explains each one. Only what an audit event itself holds, so anyone can recompute each
 * row's `hash` from its other columns.
 */
export const AUDIT_CSV_COLUMNS = [
  'event_id',
  'occurred_at',
  'local_time',
  'organization_id',
  'actor_user_id',
  'action',
  'record_type',
  'record_id',
  'ip',
  'details',
  'prev_hash',
  'hash',
  'verified',
] as const;

export type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

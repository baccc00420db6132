import { DomainEvent } from '../plan-changes/plan-change';

/**
 * A change the plan's history tells (PLAN_PAUSED, MEMBER_REMOVED, CONSENT_GRANTED, …): its
 * audit action is `plan.<kind>` and its history line carries the same details, as they always
 * have, so the audit trail and the history read the same.
 */
export function planHistoryEvent(
  kind: string,
  planId: string,
  details: Record<string, unknown>,
): DomainEvent {
  return {
    type: `plan.${kind.toLowerCase()}`,
    recordType: 'plan',
    recordId: planId,
    details,
    history: { kind, details },
  };
}

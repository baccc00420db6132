import type { DomainEvent } from '../../plan-changes/plan-change';

/** What changes in a plan's agreement; each is audited as `agreement.<kind>`. */
export type AgreementChangeKind =
  | 'expectation_proposed'
  | 'expectation_revised'
  | 'expectation_answered'
  | 'expectation_commented'
  | 'boundary_stated'
  | 'boundary_revised'
  | 'boundary_acknowledged'
  | 'contract_signed';

export type AgreementEventType = `agreement.${AgreementChangeKind}`;

/**
 * A change to a plan's agreement, recorded against the plan. The audit trail only, no plan
 * history line: the history is read by the patient, and an agreement between other people (or
 * a staff-only boundary) is not theirs to read. Each record keeps its own versions.
 */
export function agreementEvent(
  kind: AgreementChangeKind,
  planId: string,
  details: Record<string, unknown>,
): DomainEvent<AgreementEventType> {
  return { type: `agreement.${kind}`, recordType: 'plan', recordId: planId, details };
}

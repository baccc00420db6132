import type { RecordKind } from '@homeward/domain';
import { PlanChange } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { AgreementChangeKind, agreementEvent } from '../dto/agreement-event';
import { AgreementModel } from '../dto/agreement.model';
import { AgreementReader } from './agreement.reader';
import { AgreementView } from './agreement-view';

/** What one change to the agreement made: its kind, its audit details, and the record's id. */
export interface AgreementMade {
  kind: AgreementChangeKind;
  details: Record<string, unknown>;
  recordId: string;
}

/**
 * The road every expectation and boundary change takes: the plan-change runner (a closed plan's
 * agreement is read, not changed), then the changed record as the actor now sees it.
 */
export function changeAgreement<T extends { id: string }>(
  parts: { planChanges: PlanChanges; reader: AgreementReader },
  ctx: RequestContext,
  planId: string,
  work: (change: PlanChange) => Promise<AgreementMade>,
  seen: { what: RecordKind; in: (agreement: AgreementModel) => T[] },
): Promise<T> {
  return parts.planChanges.run(
    ctx,
    planId,
    async (change) => {
      const made = await work(change);
      return {
        event: agreementEvent(made.kind, planId, made.details),
        answer: async () => {
          const data = await parts.reader.load(change.manager, [planId]);
          const agreement = AgreementView.for(change.ctx, change.relation, data).agreement(planId);
          const record = seen.in(agreement).find((r) => r.id === made.recordId);
          if (!record) throw notFound(seen.what);
          return record;
        },
      };
    },
    { whenClosed: 'AGREEMENT_PLAN_CLOSED' },
  );
}

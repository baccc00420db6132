import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlanChange, PlanChangeListener } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { PlanSummaryRepository } from './plan-summary.repository';

/**
 * Keeps plan_summary (plan-summary.entity.ts) equal to what the plan's check-ins say: every
 * recorded change recomputes its plan's row in its own transaction, under the plan's lock, after
 * everything the change did. Check-ins are written by changes only, so the row never lags; a
 * change that wrote none costs one short statement.
 */
@Injectable()
export class PlanSummaries implements PlanChangeListener, OnModuleInit {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly summaries: PlanSummaryRepository,
  ) {}

  onModuleInit(): void {
    this.planChanges.listen(this);
  }

  async afterChange(change: PlanChange): Promise<void> {
    await this.summaries.refresh(change.manager, [change.planId]);
  }

  /** For check-ins written off the road (the demo's past): recomputes those plans' rows. */
  refresh(manager: EntityManager, planIds: string[]): Promise<void> {
    return this.summaries.refresh(manager, planIds);
  }
}

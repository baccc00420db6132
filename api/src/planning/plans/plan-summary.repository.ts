import { Injectable } from '@nestjs/common';
import { HIGH_CRAVING } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** plan_summary's one writer: the SQL function that recomputes plans' rows from their check-ins. */
@Injectable()
export class PlanSummaryRepository {
  async refresh(manager: EntityManager, planIds: string[]): Promise<void> {
    await manager.query('SELECT refresh_plan_summary($1::uuid[], $2)', [planIds, HIGH_CRAVING]);
  }
}

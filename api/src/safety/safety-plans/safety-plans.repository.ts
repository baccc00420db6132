import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SafetyPlanVersion } from './safety-plan-version.entity';

/** The safety plan's versions: only ever added to (a trigger refuses changing one). */
@Injectable()
export class SafetyPlansRepository {
  insert(manager: EntityManager, version: Omit<SafetyPlanVersion, 'id' | 'plan'>) {
    return manager.save(manager.create(SafetyPlanVersion, version));
  }

  /** Every version of a plan's safety plan, newest first. */
  versions(manager: EntityManager, planId: string): Promise<SafetyPlanVersion[]> {
    return manager.find(SafetyPlanVersion, { where: { planId }, order: { version: 'DESC' } });
  }

  current(manager: EntityManager, planId: string): Promise<SafetyPlanVersion | null> {
    return manager.findOne(SafetyPlanVersion, { where: { planId }, order: { version: 'DESC' } });
  }
}

import { Injectable } from '@nestjs/common';
import { FirstWeeksTopic } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { FirstWeeksHope } from './first-weeks-hope.entity';
import { FirstWeeksSuggestion } from './first-weeks-suggestion.entity';

/** The first weeks' hopes and suggestions: only ever added to (triggers refuse changing one). */
@Injectable()
export class FirstWeeksRepository {
  /** Every version of every hope on the plan, oldest first. */
  hopes(manager: EntityManager, planId: string): Promise<FirstWeeksHope[]> {
    return manager.find(FirstWeeksHope, {
      where: { planId },
      order: { createdAt: 'ASC', version: 'ASC' },
    });
  }

  async latestHopeVersion(
    manager: EntityManager,
    authorMemberId: string,
    topic: FirstWeeksTopic,
  ): Promise<number> {
    const latest = await manager.findOne(FirstWeeksHope, {
      where: { authorMemberId, topic },
      order: { version: 'DESC' },
    });
    return latest?.version ?? 0;
  }

  insertHope(manager: EntityManager, hope: Omit<FirstWeeksHope, 'id' | 'plan' | 'author'>) {
    return manager.save(manager.create(FirstWeeksHope, hope));
  }

  /** Every version of every suggestion on the plan, oldest first. */
  suggestions(manager: EntityManager, planId: string): Promise<FirstWeeksSuggestion[]> {
    return manager.find(FirstWeeksSuggestion, {
      where: { planId },
      order: { createdAt: 'ASC', version: 'ASC' },
    });
  }

  async latestSuggestionVersion(
    manager: EntityManager,
    planId: string,
    topic: FirstWeeksTopic,
  ): Promise<number> {
    const latest = await manager.findOne(FirstWeeksSuggestion, {
      where: { planId, topic },
      order: { version: 'DESC' },
    });
    return latest?.version ?? 0;
  }

  insertSuggestion(manager: EntityManager, suggestion: Omit<FirstWeeksSuggestion, 'id' | 'plan'>) {
    return manager.save(manager.create(FirstWeeksSuggestion, suggestion));
  }
}

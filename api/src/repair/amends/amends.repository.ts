import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Amends } from './amends.entity';

/** The amends table: its words are kept as written (a trigger refuses changing them). */
@Injectable()
export class AmendsRepository {
  insert(
    manager: EntityManager,
    amends: Omit<Amends, 'id' | 'plan' | 'patientMember' | 'recipientMember'>,
  ) {
    return manager.save(manager.create(Amends, amends));
  }

  byId(manager: EntityManager, id: string): Promise<Amends | null> {
    return manager.findOneBy(Amends, { id });
  }

  /** A plan's amends, newest first. */
  ofPlan(manager: EntityManager, planId: string): Promise<Amends[]> {
    return manager.find(Amends, { where: { planId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async update(
    manager: EntityManager,
    id: string,
    fields: Partial<
      Pick<
        Amends,
        | 'status'
        | 'reviewedByUserId'
        | 'offeredAt'
        | 'chosenAt'
        | 'receivedAt'
        | 'reply'
        | 'replyVisibility'
        | 'repliedAt'
      >
    >,
  ): Promise<void> {
    await manager.update(Amends, { id }, fields);
  }
}

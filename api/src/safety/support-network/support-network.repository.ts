import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { SupportPerson } from './support-person.entity';

export type NewSupportPerson = Omit<SupportPerson, 'id' | 'plan' | 'replaces' | 'retiredAt'>;

/** The support network's rows: inserted, and retired with a time; never deleted or rewritten. */
@Injectable()
export class SupportNetworkRepository {
  insert(manager: EntityManager, person: NewSupportPerson): Promise<SupportPerson> {
    return manager.save(manager.create(SupportPerson, { ...person, retiredAt: null }));
  }

  byId(manager: EntityManager, id: string): Promise<SupportPerson | null> {
    return manager.findOneBy(SupportPerson, { id });
  }

  /** The people on a plan's network now (their latest versions), closest ring first, then by name. */
  current(manager: EntityManager, planId: string): Promise<SupportPerson[]> {
    return manager.find(SupportPerson, {
      where: { planId, retiredAt: IsNull() },
      order: { mark: 'ASC', name: 'ASC', id: 'ASC' },
    });
  }

  /** Retires a current version; false when it was already retired (someone changed it first). */
  async retire(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager.update(
      SupportPerson,
      { id, retiredAt: IsNull() },
      { retiredAt: at },
    );
    return (result.affected ?? 0) > 0;
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { FamilyTrackItem } from './family-track-item.entity';

/** The program's family track offers: added and retired, never deleted. */
@Injectable()
export class FamilyTrackCatalogueRepository {
  insert(
    manager: EntityManager,
    item: Omit<FamilyTrackItem, 'id' | 'organization' | 'retiredAt'>,
  ): Promise<FamilyTrackItem> {
    return manager.save(manager.create(FamilyTrackItem, { ...item, retiredAt: null }));
  }

  /** An item of this organization, retired or not. */
  byId(manager: EntityManager, id: string, organizationId: string) {
    return manager.findOneBy(FamilyTrackItem, { id, organizationId });
  }

  /** The offers a program makes now, oldest first. */
  current(manager: EntityManager, organizationId: string): Promise<FamilyTrackItem[]> {
    return manager.find(FamilyTrackItem, {
      where: { organizationId, retiredAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 200,
    });
  }

  async retire(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager.update(
      FamilyTrackItem,
      { id, retiredAt: IsNull() },
      { retiredAt: at },
    );
    return (result.affected ?? 0) > 0;
  }
}

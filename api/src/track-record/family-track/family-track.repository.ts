import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FamilyTrackMarkRow } from './family-track-mark.entity';

/** Family track marks: kept as made. */
@Injectable()
export class FamilyTrackRepository {
  insert(
    manager: EntityManager,
    mark: Omit<FamilyTrackMarkRow, 'id' | 'plan' | 'member' | 'item'>,
  ): Promise<FamilyTrackMarkRow> {
    return manager.save(manager.create(FamilyTrackMarkRow, mark));
  }
}

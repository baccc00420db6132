import { Injectable } from '@nestjs/common';
import { BoundaryVisibility, ExpectationCategory } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { BoundaryAcknowledgement } from './boundary-acknowledgement.entity';
import { BoundaryVersion } from './boundary-version.entity';
import { Boundary } from './boundary.entity';

export interface NewBoundary {
  planId: string;
  ownerMemberId: string;
  category: ExpectationCategory;
  createdAt: Date;
}

export interface NewBoundaryVersion {
  boundaryId: string;
  version: number;
  need: string;
  ifCrossed: string;
  appliesToMemberIds: string[];
  visibility: BoundaryVisibility;
  authorUserId: string;
  createdAt: Date;
}

export interface NewAcknowledgement {
  boundaryId: string;
  version: number;
  memberId: string;
  authorUserId: string;
  createdAt: Date;
}

/** The boundary, boundary_version and boundary_acknowledgement tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class BoundariesRepository {
  /** The plan a boundary belongs to; null when there is no such boundary. */
  async planOf(manager: EntityManager, id: string): Promise<string | null> {
    const row = await manager.findOne(Boundary, { where: { id }, select: { planId: true } });
    return row?.planId ?? null;
  }

  byId(manager: EntityManager, id: string): Promise<Boundary | null> {
    return manager.findOneBy(Boundary, { id });
  }

  /** The boundary, locked for the rest of the change; null when there is none. */
  lockForChange(manager: EntityManager, id: string): Promise<Boundary | null> {
    return manager.findOne(Boundary, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A new boundary at version 1 (its words follow as the version). */
  insert(manager: EntityManager, b: NewBoundary): Promise<Boundary> {
    return manager.save(manager.create(Boundary, { ...b, currentVersion: 1 }));
  }

  async setCurrentVersion(manager: EntityManager, id: string, currentVersion: number) {
    await manager.update(Boundary, { id }, { currentVersion });
  }

  async insertVersion(manager: EntityManager, v: NewBoundaryVersion): Promise<void> {
    await manager.insert(BoundaryVersion, v);
  }

  version(manager: EntityManager, boundaryId: string, version: number) {
    return manager.findOneBy(BoundaryVersion, { boundaryId, version });
  }

  hasAcknowledged(manager: EntityManager, boundaryId: string, version: number, memberId: string) {
    return manager.existsBy(BoundaryAcknowledgement, { boundaryId, version, memberId });
  }

  async insertAcknowledgement(manager: EntityManager, a: NewAcknowledgement): Promise<void> {
    await manager.insert(BoundaryAcknowledgement, a);
  }
}

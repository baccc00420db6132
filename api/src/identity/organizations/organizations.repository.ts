import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Organization } from './organization.entity';

/** The organization table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class OrganizationsRepository {
  byId(manager: EntityManager, id: string): Promise<Organization> {
    return manager.findOneByOrFail(Organization, { id });
  }

  count(manager: EntityManager): Promise<number> {
    return manager.count(Organization);
  }

  insert(manager: EntityManager, name: string): Promise<Organization> {
    return manager.save(manager.create(Organization, { name }));
  }
}

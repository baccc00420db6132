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

  insert(manager: EntityManager, name: string, timeZone?: string): Promise<Organization> {
    return manager.save(manager.create(Organization, { name, ...(timeZone ? { timeZone } : {}) }));
  }

  /** One organization is created at a time, until the transaction ends (names stay unique). */
  async lockCreation(manager: EntityManager): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('organization:create'))");
  }

  /** The organization's name as kept, when another goes by this name (ignoring case and spaces around it). */
  async sameName(manager: EntityManager, name: string, except?: string): Promise<string | null> {
    const [row]: { name: string }[] = await manager.query(
      'SELECT name FROM organization WHERE lower(btrim(name)) = lower(btrim($1)) AND ($2::uuid IS NULL OR id <> $2) LIMIT 1',
      [name, except ?? null],
    );
    return row?.name ?? null;
  }

  async updateSettings(
    manager: EntityManager,
    id: string,
    settings: Pick<Organization, 'name' | 'timeZone' | 'crisisResources'>,
  ): Promise<void> {
    await manager.update(Organization, { id }, settings);
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '../../platform/domain-error';
import { OrganizationsRepository } from './organizations.repository';

/** What other features may know of an organization: its name and where it is. */
export interface OrganizationSummary {
  id: string;
  name: string;
  /** The program's IANA time zone: the day a check-in counts for, unless a person set their own. */
  timeZone: string;
}

/** Treatment programs, the tenants: read by the features that name or place them. */
@Injectable()
export class OrganizationsService {
  constructor(private readonly organizations: OrganizationsRepository) {}

  async summary(manager: EntityManager, id: string): Promise<OrganizationSummary> {
    const { name, timeZone } = await this.organizations.byId(manager, id);
    return { id, name, timeZone };
  }

  async timeZoneOf(manager: EntityManager, id: string): Promise<string> {
    return (await this.organizations.byId(manager, id)).timeZone;
  }

  /** Whether any organization exists yet (the demo seeds only an empty database). */
  async anyExist(manager: EntityManager): Promise<boolean> {
    return (await this.organizations.count(manager)) > 0;
  }

  async create(manager: EntityManager, name: string, zone?: string): Promise<OrganizationSummary> {
    const { id, timeZone } = await this.organizations.insert(manager, name, zone);
    return { id, name, timeZone };
  }

  /**
   * A new program under a name nobody else uses (ignoring case), in the caller's transaction:
   * two set-ups with one name at the same moment cannot both pass the check.
   */
  async createUnique(
    manager: EntityManager,
    name: string,
    zone?: string,
  ): Promise<OrganizationSummary> {
    await this.organizations.lockCreation(manager);
    const taken = await this.organizations.sameName(manager, name);
    if (taken !== null) {
      throw new DomainError('ORGANIZATION_NAME_TAKEN', { name: taken }, { field: 'name' });
    }
    return this.create(manager, name, zone);
  }
}

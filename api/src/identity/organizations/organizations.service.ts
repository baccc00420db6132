import { Injectable } from '@nestjs/common';
import {
  CrisisResource,
  crisisResourceProblem,
  crisisResourcesFor,
  defaultCrisisResources,
  isTimeZone,
  Language,
} from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { ProgramSettingsModel, UpdateProgramSettingsInput } from './dto/program-settings.model';
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
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The program's crisis lines in this language (the defaults where it set none). */
  async crisisResources(
    manager: EntityManager,
    id: string,
    language: Language,
  ): Promise<CrisisResource[]> {
    const { crisisResources } = await this.organizations.byId(manager, id);
    return crisisResourcesFor(crisisResources, language);
  }

  /** The settings as the admin edits them: only their own organization's. */
  async settings(ctx: RequestContext): Promise<ProgramSettingsModel> {
    const org = await this.organizations.byId(ctx.manager, ctx.signedIn.organizationId);
    return {
      name: org.name,
      timeZone: org.timeZone,
      crisisResourcesEn: org.crisisResources?.EN ?? [],
      crisisResourcesEs: org.crisisResources?.ES ?? [],
      defaultCrisisResourcesEn: defaultCrisisResources('EN'),
      defaultCrisisResourcesEs: defaultCrisisResources('ES'),
    };
  }

  /** An admin sets the program's name, time zone and crisis lines, all at once and audited. */
  updateSettings(
    ctx: RequestContext,
    input: UpdateProgramSettingsInput,
  ): Promise<ProgramSettingsModel> {
    const actor = ctx.signedIn;
    if (!isTimeZone(input.timeZone))
      throw new DomainError('TIME_ZONE_UNKNOWN', {}, { field: 'timeZone' });
    const EN = checked(input.crisisResourcesEn, 'crisisResourcesEn');
    const ES = checked(input.crisisResourcesEs, 'crisisResourcesEs');
    return ctx.manager.transaction(async (manager) => {
      // Names stay unique across programs, as when one is created.
      await this.organizations.lockCreation(manager);
      const taken = await this.organizations.sameName(manager, input.name, actor.organizationId);
      if (taken !== null) {
        throw new DomainError('ORGANIZATION_NAME_TAKEN', { name: taken }, { field: 'name' });
      }
      const before = await this.organizations.byId(manager, actor.organizationId);
      const crisisResources = EN.length === 0 && ES.length === 0 ? null : { EN, ES };
      await this.organizations.updateSettings(manager, actor.organizationId, {
        name: input.name,
        timeZone: input.timeZone,
        crisisResources,
      });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'organization.settings_changed',
        recordType: 'organization',
        recordId: actor.organizationId,
        details: {
          nameChanged: before.name !== input.name,
          timeZone: input.timeZone,
          crisisResources: { EN: EN.length, ES: ES.length },
        },
        ip: ctx.origin.ip,
      });
      return this.settings(ctx.within(manager));
    });
  }

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

/** Each line checked for its kind (a phone number, or an https link), trimmed as kept. */
function checked(resources: CrisisResource[], field: string): CrisisResource[] {
  return resources.map((r, index) => {
    const resource = { label: r.label.trim(), kind: r.kind, value: r.value.trim() };
    const problem = crisisResourceProblem(resource);
    if (problem === 'label') throw new DomainError('INPUT_CRISIS_LABEL', {}, { field });
    if (problem === 'kind') throw new DomainError('INPUT_CRISIS_KIND', {}, { field });
    if (problem === 'value') {
      const phone = resource.kind === 'CALL' || resource.kind === 'TEXT';
      throw new DomainError(
        phone ? 'INPUT_CRISIS_PHONE' : 'INPUT_CRISIS_LINK',
        {},
        {
          field: `${field}.${index}.value`,
        },
      );
    }
    return resource;
  });
}

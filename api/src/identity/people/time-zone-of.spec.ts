import { EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../platform/actor';
import { OrganizationsService } from '../organizations/organizations.service';
import { PeopleRepository } from './people.repository';
import { PeopleService } from './people.service';

const actor = { userId: 'u1', organizationId: 'o1' } as Actor;
const manager = {} as EntityManager;

function peopleWith(ownZone: string | null) {
  const repository = { ownTimeZone: jest.fn().mockResolvedValue(ownZone) };
  const organizations = { timeZoneOf: jest.fn().mockResolvedValue('America/New_York') };
  const service = new PeopleService(
    repository as unknown as PeopleRepository,
    organizations as unknown as OrganizationsService,
    {} as AccessService,
    {} as AuditService,
  );
  return { service, organizations };
}

describe('PeopleService.timeZoneOf', () => {
  it("counts a person's days where they said they live", async () => {
    const { service, organizations } = peopleWith('America/Chicago');
    await expect(service.timeZoneOf(manager, actor)).resolves.toBe('America/Chicago');
    expect(organizations.timeZoneOf).not.toHaveBeenCalled();
  });

  it("falls back to their program's zone", async () => {
    const { service, organizations } = peopleWith(null);
    await expect(service.timeZoneOf(manager, actor)).resolves.toBe('America/New_York');
    expect(organizations.timeZoneOf).toHaveBeenCalledWith(manager, 'o1');
  });
});

import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/** Accounts and memberships; PeopleService is how other features reach them. */
@Module({
  imports: [OrganizationsModule],
  providers: [PeopleService, PeopleRepository, PeopleResolver],
  exports: [PeopleService],
})
export class PeopleModule {}

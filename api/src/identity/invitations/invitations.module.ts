import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { InvitationsReader } from './invitations.reader';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

/** One-time links that bring a person into an organization (and, for family, onto a plan). */
@Module({
  imports: [AuthModule, PeopleModule, OrganizationsModule],
  providers: [InvitationsService, InvitationsRepository, InvitationsReader, InvitationsResolver],
  exports: [InvitationsService],
})
export class InvitationsModule {}

import { Module } from '@nestjs/common';
import { MailModule } from '../../platform/mail/mail.module';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { InvitationMail } from './invitation-mail';
import { InvitationsReader } from './invitations.reader';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

/** One-time links that bring a person into an organization (and, for family, onto a plan). */
@Module({
  imports: [AuthModule, PeopleModule, OrganizationsModule, MailModule],
  providers: [
    InvitationsService,
    InvitationsRepository,
    InvitationsReader,
    InvitationsResolver,
    InvitationMail,
  ],
  exports: [InvitationsService],
})
export class InvitationsModule {}

import { Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module';
import { InvitationsModule } from './invitations/invitations.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PasswordResetModule } from './password-reset/password-reset.module';
import { PeopleModule } from './people/people.module';

/**
 * Identity: organizations, the people in them, signing in (and a forgotten password), and
 * invitations. Its features sit in that order, each importing only those before it; other
 * domains import this module.
 */
@Module({
  imports: [OrganizationsModule, PeopleModule, AuthModule, PasswordResetModule, InvitationsModule],
  exports: [OrganizationsModule, PeopleModule, AuthModule, InvitationsModule],
})
export class IdentityModule {}

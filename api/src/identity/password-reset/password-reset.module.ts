import { Module } from '@nestjs/common';
import { MailModule } from '../../platform/mail/mail.module';
import { AuthModule } from '../auth/auth.module';
import { PeopleModule } from '../people/people.module';
import { PasswordResetMail } from './password-reset-mail';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PasswordResetsRepository } from './password-resets.repository';

/** "Forgot your password?": one-time links by email, and the new password they set. */
@Module({
  imports: [AuthModule, PeopleModule, MailModule],
  providers: [
    PasswordResetService,
    PasswordResetsRepository,
    PasswordResetResolver,
    PasswordResetMail,
  ],
})
export class PasswordResetModule {}

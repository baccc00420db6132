import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobsModule } from '../jobs/jobs.module';
import { Mailer } from './mailer.service';
import { MAIL_TRANSPORT, mailTransportFor } from './mail-transport';
import { OutgoingMailRepository } from './outgoing-mail.repository';

@Module({
  imports: [JobsModule],
  providers: [
    Mailer,
    OutgoingMailRepository,
    { provide: MAIL_TRANSPORT, useFactory: mailTransportFor, inject: [AppConfig] },
  ],
  exports: [Mailer],
})
export class MailModule {}

import { Module } from '@nestjs/common';
import { AgreementReaderModule } from '../../agreement/reader/agreement-reader.module';
import { PeopleModule } from '../../identity/people/people.module';
import { LapseModule } from '../../safety/lapse/lapse.module';
import { TrialModule } from '../../homecoming/trial/trial.module';
import { CheckInScheduleModule } from '../../track-record/check-in-schedule/check-in-schedule.module';
import { JobsModule } from '../../platform/jobs/jobs.module';
import { LiveModule } from '../../platform/live/live.module';
import { MailModule } from '../../platform/mail/mail.module';
import { AudienceReadModel } from './audience.read-model';
import { ChangeFactsReadModel } from './change-facts.read-model';
import { MyNotificationsService } from './my-notifications.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ClosingMail } from './closing-mail';
import { RemindersReadModel } from './reminders.read-model';
import { RemindersService } from './reminders.service';

/** Who is told what, in the app and by email, and the reminders (issue 11). */
@Module({
  imports: [
    AgreementReaderModule,
    PeopleModule,
    MailModule,
    JobsModule,
    LiveModule,
    LapseModule,
    TrialModule,
    CheckInScheduleModule,
  ],
  providers: [
    NotificationsService,
    ClosingMail,
    MyNotificationsService,
    RemindersService,
    NotificationsRepository,
    AudienceReadModel,
    ChangeFactsReadModel,
    RemindersReadModel,
    NotificationsResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}

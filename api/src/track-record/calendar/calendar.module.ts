import { Module } from '@nestjs/common';
import { AuthModule } from '../../identity/auth/auth.module';
import { CalendarFeedReader } from './calendar-feed.reader';
import { CalendarController } from './calendar.controller';
import { CalendarFeedsRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/** A member's private calendar link: their visits with neutral titles. */
@Module({
  imports: [AuthModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarFeedsRepository, CalendarFeedReader, CalendarResolver],
})
export class CalendarModule {}

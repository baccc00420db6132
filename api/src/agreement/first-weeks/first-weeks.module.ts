import { Module } from '@nestjs/common';
import { PlansModule } from '../../planning/plans/plans.module';
import { FirstWeeksReader } from './first-weeks.reader';
import { FirstWeeksRepository } from './first-weeks.repository';
import { FirstWeeksResolver } from './first-weeks.resolver';
import { FirstWeeksService } from './first-weeks.service';

/** The first weeks at home, prepared (issue 15): hopes by topic and the counselor's suggestions. */
@Module({
  imports: [PlansModule],
  providers: [FirstWeeksService, FirstWeeksRepository, FirstWeeksReader, FirstWeeksResolver],
})
export class FirstWeeksModule {}

import { Module } from '@nestjs/common';
import { TrackRecordModule } from '../../track-record/track-record.module';
import { ConcernsModule } from '../concerns/concerns.module';
import { RepairAgreementsRepository } from './repair-agreements.repository';
import { RepairAgreementsResolver } from './repair-agreements.resolver';
import { RepairAgreementsService } from './repair-agreements.service';

/** Repair agreements: commitments per person, accepted, marked and confirmed; kept ones count on the record. */
@Module({
  imports: [ConcernsModule, TrackRecordModule],
  providers: [RepairAgreementsService, RepairAgreementsRepository, RepairAgreementsResolver],
})
export class RepairAgreementsModule {}

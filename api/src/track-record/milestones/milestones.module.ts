import { Module } from '@nestjs/common';
import { MilestonesReader } from './milestones.reader';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesService } from './milestones.service';

/**
 * Milestones measured from the record. Plans read them in their phases (planning imports this
 * module until it declares what it needs and this module provides it).
 */
@Module({
  providers: [MilestonesService, MilestonesReader, MilestonesRepository],
  exports: [MilestonesService],
})
export class MilestonesModule {}

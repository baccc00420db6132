import { Module } from '@nestjs/common';
import { PlansModule } from '../../planning/plans/plans.module';
import { ConcernRepairReadModel } from './concern-repair.read-model';
import { ConcernsReadModel } from './concerns.read-model';
import { ConcernsRepository } from './concerns.repository';
import { ConcernsResolver } from './concerns.resolver';
import { ConcernsService } from './concerns.service';

/** Concerns: raised by anyone on a plan, seen first by staff, settled with a repair or a kind reason. */
@Module({
  imports: [PlansModule],
  providers: [
    ConcernsService,
    ConcernsRepository,
    ConcernsReadModel,
    ConcernRepairReadModel,
    ConcernsResolver,
  ],
  exports: [ConcernsService],
})
export class ConcernsModule {}

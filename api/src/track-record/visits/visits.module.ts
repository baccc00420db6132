import { ConsentsModule } from '../../planning/consents/consents.module';
import { PlansModule } from '../../planning/plans/plans.module';
import { Module } from '@nestjs/common';
import { VisitsReader } from './visits.reader';
import { VisitsRepository } from './visits.repository';
import { VisitsResolver } from './visits.resolver';
import { VisitsService } from './visits.service';

/** Visits: asked for within what the phase allows, approved by staff, answered, debriefed. */
@Module({
  imports: [PlansModule, ConsentsModule],
  providers: [VisitsService, VisitsRepository, VisitsReader, VisitsResolver],
})
export class VisitsModule {}

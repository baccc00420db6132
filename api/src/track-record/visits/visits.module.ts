import { Module } from '@nestjs/common';
import { VisitsReader } from './visits.reader';
import { VisitsRepository } from './visits.repository';
import { VisitsResolver } from './visits.resolver';
import { VisitsService } from './visits.service';

/** Visits: asked for within what the phase allows, approved by staff, answered, debriefed. */
@Module({
  providers: [VisitsService, VisitsRepository, VisitsReader, VisitsResolver],
})
export class VisitsModule {}

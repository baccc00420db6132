import { Module } from '@nestjs/common';
import { FamilyTrackCatalogueModule } from '../../identity/family-track/family-track-catalogue.module';
import { PeopleModule } from '../../identity/people/people.module';
import { FamilyTrackReader } from './family-track.reader';
import { FamilyTrackRepository } from './family-track.repository';
import { FamilyTrackResolver } from './family-track.resolver';
import { FamilyTrackService } from './family-track.service';

/** The family's own track: marks on the program's offers (issue 13). */
@Module({
  imports: [FamilyTrackCatalogueModule, PeopleModule],
  providers: [FamilyTrackService, FamilyTrackRepository, FamilyTrackReader, FamilyTrackResolver],
})
export class FamilyTrackModule {}

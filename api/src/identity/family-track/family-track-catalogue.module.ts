import { Module } from '@nestjs/common';
import { FamilyTrackCatalogueRepository } from './family-track-catalogue.repository';
import { FamilyTrackCatalogueResolver } from './family-track-catalogue.resolver';
import { FamilyTrackCatalogueService } from './family-track-catalogue.service';

/** The family track's offers: a program setting (issue 13). */
@Module({
  providers: [
    FamilyTrackCatalogueService,
    FamilyTrackCatalogueRepository,
    FamilyTrackCatalogueResolver,
  ],
  exports: [FamilyTrackCatalogueService],
})
export class FamilyTrackCatalogueModule {}

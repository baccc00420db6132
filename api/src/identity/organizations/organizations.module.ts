import { Module } from '@nestjs/common';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { ProgramSettingsResolver } from './program-settings.resolver';

@Module({
  providers: [OrganizationsService, OrganizationsRepository, ProgramSettingsResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}

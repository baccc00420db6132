import { Module } from '@nestjs/common';
import { TemplatesRepository } from './templates.repository';
import { TemplatesResolver } from './templates.resolver';
import { TemplatesService } from './templates.service';

/** The organization's plan template: the ladder new plans start from, one version per edit. */
@Module({
  providers: [TemplatesService, TemplatesRepository, TemplatesResolver],
  exports: [TemplatesService],
})
export class TemplatesModule {}

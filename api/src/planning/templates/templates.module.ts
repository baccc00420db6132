import { Global, Module } from '@nestjs/common';
import { TemplatesResolver } from './templates.resolver';
import { TemplatesService } from './templates.service';

@Global()
@Module({ providers: [TemplatesService, TemplatesResolver], exports: [TemplatesService] })
export class TemplatesModule {}

import { Global, Module } from '@nestjs/common';
import { CaseloadService } from './caseload.service';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';

@Global()
@Module({ providers: [PlansService, CaseloadService, PlansResolver], exports: [PlansService] })
export class PlansModule {}

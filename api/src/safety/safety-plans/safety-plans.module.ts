import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { ConsentsModule } from '../../planning/consents/consents.module';
import { SafetyPlansReader } from './safety-plans.reader';
import { SafetyPlansRepository } from './safety-plans.repository';
import { SafetyPlansResolver } from './safety-plans.resolver';
import { SafetyPlansService } from './safety-plans.service';

/** The patient's safety plan (issue 13). */
@Module({
  imports: [IdentityModule, ConsentsModule],
  providers: [SafetyPlansService, SafetyPlansRepository, SafetyPlansReader, SafetyPlansResolver],
})
export class SafetyPlansModule {}

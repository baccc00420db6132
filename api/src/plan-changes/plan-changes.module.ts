import { Global, Module } from '@nestjs/common';
import { PlanChanges } from './plan-changes.service';

/** The road every change to a plan takes; global like access and audit, which it stands on. */
@Global()
@Module({ providers: [PlanChanges], exports: [PlanChanges] })
export class PlanChangesModule {}

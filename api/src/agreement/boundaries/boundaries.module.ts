import { Module } from '@nestjs/common';
import { AgreementReaderModule } from '../reader/agreement-reader.module';
import { BoundariesRepository } from './boundaries.repository';
import { BoundariesResolver } from './boundaries.resolver';
import { BoundariesService } from './boundaries.service';

@Module({
  imports: [AgreementReaderModule],
  providers: [BoundariesRepository, BoundariesService, BoundariesResolver],
  exports: [BoundariesService],
})
export class BoundariesModule {}

import { Module } from '@nestjs/common';
import { AgreementReaderModule } from '../reader/agreement-reader.module';
import { ExpectationsRepository } from './expectations.repository';
import { ExpectationsResolver } from './expectations.resolver';
import { ExpectationsService } from './expectations.service';

@Module({
  imports: [AgreementReaderModule],
  providers: [ExpectationsRepository, ExpectationsService, ExpectationsResolver],
  exports: [ExpectationsService],
})
export class ExpectationsModule {}

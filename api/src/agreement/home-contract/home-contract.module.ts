import { Module } from '@nestjs/common';
import { AgreementReaderModule } from '../reader/agreement-reader.module';
import { HomeContractRepository } from './home-contract.repository';
import { HomeContractService } from './home-contract.service';

/** The contract, its signatures and its PDF; it follows every change that may change what it holds. */
@Module({
  imports: [AgreementReaderModule],
  providers: [HomeContractRepository, HomeContractService],
  exports: [HomeContractService],
})
export class HomeContractModule {}

import { Module } from '@nestjs/common';
import { BoundariesModule } from './boundaries/boundaries.module';
import { ExpectationsModule } from './expectations/expectations.module';
import { FirstWeeksModule } from './first-weeks/first-weeks.module';
import { HomeContractModule } from './home-contract/home-contract.module';
import { AgreementReaderModule } from './reader/agreement-reader.module';
import { AgreementResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';
import { WaitingOnYouReader } from './waiting-on-you.reader';

/**
 * The agreement domain: expectations, boundaries, the home contract and the first weeks at home
 * (hopes and suggestions), each its own feature,
 * with the reading of a plan's agreement and what waits for a person. Other domains get the
 * agreement's read model (phase moves ask whether the contract is signed by everyone).
 */
@Module({
  imports: [
    AgreementReaderModule,
    ExpectationsModule,
    BoundariesModule,
    HomeContractModule,
    FirstWeeksModule,
  ],
  providers: [AgreementService, AgreementResolver, WaitingOnYouReader],
  exports: [AgreementReaderModule],
})
export class AgreementModule {}

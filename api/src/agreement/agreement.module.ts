import { Global, Module } from '@nestjs/common';
import { BoundariesResolver } from './boundaries/boundaries.resolver';
import { BoundariesService } from './boundaries/boundaries.service';
import { ExpectationsResolver } from './expectations/expectations.resolver';
import { ExpectationsService } from './expectations/expectations.service';
import { HomeContractService } from './home-contract/home-contract.service';
import { AgreementReader } from './agreement-reader';
import { AgreementResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';

/** Expectations, boundaries and the home contract: one module, since each change to one may change the contract. */
@Global()
@Module({
  providers: [
    AgreementReader,
    AgreementService,
    AgreementResolver,
    HomeContractService,
    ExpectationsService,
    ExpectationsResolver,
    BoundariesService,
    BoundariesResolver,
  ],
  exports: [HomeContractService, AgreementReader],
})
export class AgreementModule {}

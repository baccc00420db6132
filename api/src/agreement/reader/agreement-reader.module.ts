import { Module } from '@nestjs/common';
import { AgreementReader } from './agreement.reader';

/** The agreement's read model, for its features and for other domains (phase moves read the contract). */
@Module({ providers: [AgreementReader], exports: [AgreementReader] })
export class AgreementReaderModule {}

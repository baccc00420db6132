import { Module } from '@nestjs/common';
import { MessagesReader } from '../messages/messages.reader';
import { AmendsRepository } from './amends.repository';
import { AmendsResolver } from './amends.resolver';
import { AmendsService } from './amends.service';

/** Amends the patient offers one person, with their counselor. */
@Module({
  providers: [AmendsService, AmendsRepository, AmendsResolver, MessagesReader],
})
export class AmendsModule {}

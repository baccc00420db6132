import { Module } from '@nestjs/common';
import { PeopleModule } from '../../identity/people/people.module';
import { CheckInsRepository } from './check-ins.repository';
import { CheckInsResolver } from './check-ins.resolver';
import { CheckInsService } from './check-ins.service';

/** Daily check-ins: the patient's, and each family member's own. */
@Module({
  imports: [PeopleModule],
  providers: [CheckInsService, CheckInsRepository, CheckInsResolver],
})
export class CheckInsModule {}

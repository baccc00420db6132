import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CheckInScheduleVersion } from './check-in-schedule-version.entity';

/** Check-in schedule versions: each change a new row, none ever changed. */
@Injectable()
export class CheckInScheduleRepository {
  insert(
    manager: EntityManager,
    version: Omit<CheckInScheduleVersion, 'id' | 'plan' | 'phase'>,
  ): Promise<CheckInScheduleVersion> {
    return manager.save(manager.create(CheckInScheduleVersion, version));
  }
}

import { Module } from '@nestjs/common';
import { ConcernsModule } from './concerns/concerns.module';
import { RepairAgreementsModule } from './repair-agreements/repair-agreements.module';

/**
 * Rupture and repair (issue 12): concerns and the repair agreements they settle with. It stands
 * on the track record (kept commitments count there) and below reaching (which tells people).
 */
@Module({ imports: [ConcernsModule, RepairAgreementsModule] })
export class RepairModule {}

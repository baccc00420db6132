import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditTrailReader } from './audit-trail.reader';

@Global()
@Module({
  providers: [AuditService, AuditRepository, AuditTrailReader, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}

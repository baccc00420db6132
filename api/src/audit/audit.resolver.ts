import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../platform/actor';
import { Allow, CurrentActor } from '../identity/auth/decorators';
import { PageArgs } from '../platform/pagination';
import { AuditService } from './audit.service';
import { AuditEventConnection, AuditEventModel } from './dto/audit-event.model';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow('audit.list')
  @Query(() => AuditEventConnection, {
    description: "The organization's audit trail, newest first.",
  })
  auditEvents(@Args() page: PageArgs, @CurrentActor() actor: Actor): Promise<AuditEventConnection> {
    return this.audit.list(actor.organizationId, page);
  }
}

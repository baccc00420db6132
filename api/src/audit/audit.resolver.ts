import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../platform/decorators';
import { PageArgs } from '../platform/pagination';
import { RequestContext } from '../platform/request-context';
import { AuditService } from './audit.service';
import { AuditEventConnection, AuditEventModel } from './dto/audit-event.model';
import { AuditExportArgs } from './dto/audit-export.args';
import { AuditExportModel } from './dto/audit-export.model';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow('audit.list')
  @Query(() => AuditEventConnection, {
    description: "The organization's audit trail, newest first.",
  })
  auditEvents(@Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<AuditEventConnection> {
    return this.audit.list(ctx, page);
  }

  @Allow('audit.export')
  @Query(() => AuditExportModel, {
    description:
      "The organization's audit trail for a range of days as CSV, with the whole chain's verification. Recorded in the trail.",
  })
  auditExport(
    @Args() range: AuditExportArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditExportModel> {
    return this.audit.export(ctx, range);
  }
}

import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../platform/request-context';
import { AgreementModel, ExpectationGapCategoryModel } from './dto/agreement.model';
import { AgreementReader } from './reader/agreement.reader';
import { AgreementView } from './reader/agreement-view';

type ReadPermission = 'agreement.read' | 'agreement.coach';

/** Reading the agreement of a plan as the reader may see it; changes go through each feature. */
@Injectable()
export class AgreementService {
  constructor(
    private readonly access: AccessService,
    private readonly reader: AgreementReader,
    private readonly audit: AuditService,
  ) {}

  /** The agreement of one plan as the actor may see it. Staff reading it is recorded. */
  read(ctx: RequestContext, planId: string): Promise<AgreementModel> {
    return ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const view = await this.viewFor(tx, planId, 'agreement.read');
      if (tx.isStaff) await this.recordRead(tx, planId, 'agreement.viewed');
      return view.agreement(planId);
    });
  }

  /** The expectation gap of one plan, for its counselor; the read is recorded. */
  gap(ctx: RequestContext, planId: string): Promise<ExpectationGapCategoryModel[]> {
    return ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const view = await this.viewFor(tx, planId, 'agreement.coach');
      await this.recordRead(tx, planId, 'agreement.gap_viewed');
      return view.gap(planId);
    });
  }

  private async viewFor(
    ctx: RequestContext,
    planId: string,
    permission: ReadPermission,
  ): Promise<AgreementView> {
    const relation = await this.access.requirePlan(ctx.manager, ctx.signedIn, permission, planId);
    return AgreementView.for(ctx, relation, await this.reader.load(ctx.manager, [planId]));
  }

  private recordRead(ctx: RequestContext, planId: string, action: string): Promise<void> {
    return this.audit.record(ctx.manager, {
      organizationId: ctx.signedIn.organizationId,
      actorUserId: ctx.signedIn.userId,
      action,
      recordType: 'plan',
      recordId: planId,
      ip: ctx.origin.ip,
    });
  }
}

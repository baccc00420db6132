import { Injectable } from '@nestjs/common';
import { ContactType } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../platform/request-context';
import { WaitingItemModel } from './dto/agreement.model';
import { AgreementReader } from './reader/agreement.reader';
import { AgreementView, dayOf } from './reader/agreement-view';

/** The oldest things waiting are shown first; more than this is a conversation with the counselor, not a list. */
export const WAITING_LIMIT = 50;

/** An open plan the reader is on, and their own place on it (null for staff). */
interface WaitingPlanRow {
  id: string;
  patientName: string;
  memberId: string | null;
}

interface VisitToConfirmRow {
  id: string;
  planId: string;
  contactType: ContactType;
  startsAt: Date;
  createdAt: Date;
}

/**
 * What waits for the reader across their open plans, a read model (read-only, across the
 * agreement's tables, plans and visits): for members, expectations to answer or review,
 * boundaries to acknowledge, a contract to sign, visits waiting for their yes; for staff,
 * expectation gaps on the plans they counsel (an admin's whole organization would be too much
 * to act on). Read in a fixed number of statements.
 */
@Injectable()
export class WaitingOnYouReader {
  constructor(
    private readonly reader: AgreementReader,
    private readonly audit: AuditService,
  ) {}

  waitingOnMe(ctx: RequestContext): Promise<WaitingItemModel[]> {
    return ctx.manager.transaction((manager) => this.waiting(ctx.within(manager)));
  }

  private async waiting(ctx: RequestContext): Promise<WaitingItemModel[]> {
    const { manager } = ctx;
    const actor = ctx.signedIn;
    const staff = ctx.isStaff;
    const plans = await this.openPlans(manager, ctx);
    const data = await this.reader.load(
      manager,
      plans.map((p) => p.id),
    );
    const visits = staff ? [] : await this.visitsToConfirm(ctx, plans);
    const today = dayOf(ctx.now());
    const items = plans
      .flatMap((plan) =>
        new AgreementView(
          data,
          { memberId: plan.memberId, isStaff: staff },
          today,
          ctx.language,
        ).waiting(plan.id, plan.patientName),
      )
      .concat(visits)
      .sort((a, b) => a.since.getTime() - b.since.getTime())
      .slice(0, WAITING_LIMIT);
    if (staff && items.length > 0) {
      // Staff see what patients and families wrote in the summaries: a read of patient data.
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'agreement.waiting_viewed',
        recordType: 'plan',
        details: { planIds: [...new Set(items.map((i) => i.planId))] },
        ip: ctx.origin.ip,
      });
    }
    return items;
  }

  /** Staff: the open plans they counsel. Members: the open plans they are on, with their place. */
  private async openPlans(manager: EntityManager, ctx: RequestContext): Promise<WaitingPlanRow[]> {
    const actor = ctx.signedIn;
    const rows: WaitingPlanRow[] = await manager.query(
      ctx.isStaff
        ? `SELECT p.id, u.display_name AS "patientName", NULL::uuid AS "memberId"
             FROM plan p JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user u ON u.id = pm.user_id
            WHERE p.organization_id = $1 AND p.status IN ('ACTIVE', 'PAUSED', 'DRAFT')
              AND (p.primary_counselor_id = $2 OR EXISTS (
                SELECT 1 FROM plan_member s WHERE s.plan_id = p.id AND s.membership_id = $2 AND s.kind = 'STAFF' AND s.status = 'ACTIVE'))`
        : `SELECT p.id, u.display_name AS "patientName", m.id AS "memberId"
             FROM plan_member m JOIN plan p ON p.id = m.plan_id
             JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user u ON u.id = pm.user_id
            WHERE p.organization_id = $1 AND m.membership_id = $2 AND m.status = 'ACTIVE' AND m.kind IN ('PATIENT', 'FAMILY')
              AND p.status IN ('ACTIVE', 'PAUSED', 'DRAFT')`,
      [actor.organizationId, actor.membershipId],
    );
    return rows;
  }

  /** Upcoming visits that wait for the member's yes (or a "not this time"). */
  private async visitsToConfirm(
    ctx: RequestContext,
    plans: WaitingPlanRow[],
  ): Promise<WaitingItemModel[]> {
    const members = plans.flatMap((p) => (p.memberId ? [p.memberId] : []));
    if (members.length === 0) return [];
    const rows: VisitToConfirmRow[] = await ctx.manager.query(
      `SELECT v.id, v.plan_id AS "planId", v.contact_type AS "contactType", v.starts_at AS "startsAt", v.created_at AS "createdAt"
         FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id
        WHERE vp.member_id = ANY($1::uuid[]) AND vp.willingness = 'PENDING' AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at > $2
        ORDER BY v.starts_at LIMIT $3`,
      [members, ctx.now(), WAITING_LIMIT],
    );
    return rows.map((v) => ({
      kind: 'CONFIRM_VISIT',
      planId: v.planId,
      recordId: v.id,
      version: null,
      category: null,
      contactType: v.contactType,
      startsAt: v.startsAt,
      patientName: plans.find((p) => p.id === v.planId)?.patientName ?? '',
      summary: '',
      since: v.createdAt,
    }));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Actor, RequestOrigin } from '../auth/actor';
import { CLOCK, Clock } from '../common/clock';
import { conflict, notFound } from '../common/errors';
import { HomeContractService } from '../home-contract/home-contract.service';
import { PlansService } from '../plans/plans.service';
import { AgreementReader } from './agreement-reader';
import { AgreementView, viewerOf } from './agreement-view';
import { SignHomeContractInput } from './dto/agreement.inputs';
import { AgreementModel, ExpectationGapCategoryModel, HomeContractModel, WaitingItemModel } from './dto/agreement.model';

type AgreementPermission = 'agreement.read' | 'agreement.takePart' | 'agreement.coach';

/** What a change to the agreement reports for the plan's history and the audit trail. */
export interface AgreementChange {
  kind: string;
  details: Record<string, unknown>;
  /** A change only staff and its author may know of (a staff-only boundary): audited, kept out of the plan history. */
  staffOnly?: boolean;
}

export const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** Reading the agreement of a plan, and the one way every change to it is made. */
@Injectable()
export class AgreementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: AgreementReader,
    private readonly contracts: HomeContractService,
    private readonly plans: PlansService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * A change to a plan's agreement: one transaction, changes to the same plan one at a time,
   * access checked, then the home contract brought up to date and the change recorded.
   * Returns the agreement as the actor sees it afterwards.
   */
  change(
    actor: Actor,
    origin: RequestOrigin,
    planId: string,
    permission: AgreementPermission,
    work: (manager: EntityManager, relation: PlanRelation, now: Date) => Promise<AgreementChange>,
  ): Promise<AgreementView> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`agreement:${planId}`]);
      const relation = await this.access.requirePlan(manager, actor, permission, planId);
      if (relation.status === 'CLOSED' || relation.status === 'COMPLETED') {
        throw conflict('This plan is closed: its agreement can still be read, but not changed.');
      }
      const now = this.clock.now();
      const change = await work(manager, relation, now);
      let data = await this.reader.load(manager, [planId]);
      const newVersion = await this.contracts.refresh(manager, planId, data, now);
      if (newVersion !== null) data = await this.reader.load(manager, [planId]);
      const details = newVersion !== null ? { ...change.details, contractVersion: newVersion } : change.details;
      if (change.staffOnly) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId, actorUserId: actor.userId, action: `plan.${change.kind.toLowerCase()}`,
          recordType: 'plan', recordId: planId, details, ip: origin.ip,
        });
      } else {
        await this.plans.recordChange(manager, actor, planId, change.kind, details, origin);
      }
      return new AgreementView(data, viewerOf(relation), today(this.clock));
    });
  }

  /** A member signs the current home contract (typed full name, time, the version's hash). */
  async signContract(actor: Actor, input: SignHomeContractInput, origin: RequestOrigin): Promise<HomeContractModel> {
    const view = await this.change(actor, origin, input.planId, 'agreement.takePart', async (manager, relation, now) => {
      await this.contracts.sign(manager, actor, relation.memberId as string, input.planId, input.version, input.typedName, now);
      return { kind: 'CONTRACT_SIGNED', details: { version: input.version } };
    });
    const contract = view.agreement(input.planId).contract;
    if (!contract) throw notFound('home contract version');
    return contract;
  }

  /** The plan an agreement record belongs to, within the actor's organization. */
  async planOf(manager: EntityManager, actor: Actor, table: 'expectation' | 'boundary', id: string): Promise<string> {
    const [row] = (await manager.query(
      `SELECT r.plan_id FROM ${table} r JOIN plan p ON p.id = r.plan_id WHERE r.id = $1 AND p.organization_id = $2`,
      [id, actor.organizationId],
    )) as { plan_id: string }[];
    if (!row) throw notFound(table);
    return row.plan_id;
  }

  /** The agreement of one plan as the actor may see it. Staff reading it is recorded. */
  read(actor: Actor, planId: string, origin: RequestOrigin): Promise<AgreementModel> {
    return this.dataSource.transaction(async (manager) => {
      const { view } = await this.viewFor(manager, actor, planId, 'agreement.read');
      if (actor.role === 'ADMIN' || actor.role === 'COUNSELOR') {
        await this.audit.record(manager, {
          organizationId: actor.organizationId, actorUserId: actor.userId, action: 'agreement.viewed', recordType: 'plan', recordId: planId, ip: origin.ip,
        });
      }
      return view.agreement(planId);
    });
  }

  /** The expectation gap of one plan, for its counselor. */
  async gap(actor: Actor, planId: string): Promise<ExpectationGapCategoryModel[]> {
    const { view } = await this.viewFor(this.dataSource.manager, actor, planId, 'agreement.coach');
    return view.gap(planId);
  }

  async viewFor(manager: EntityManager, actor: Actor, planId: string, permission: AgreementPermission): Promise<{ view: AgreementView; relation: PlanRelation }> {
    const relation = await this.access.requirePlan(manager, actor, permission, planId);
    const data = await this.reader.load(manager, [planId]);
    return { view: new AgreementView(data, viewerOf(relation), today(this.clock)), relation };
  }

  /**
   * What waits for the actor across their open plans: for members, expectations to answer or
   * review, boundaries to acknowledge, a contract to sign; for staff, expectation gaps on the
   * plans they counsel (an admin's whole organization would be too much to act on). Read in a
   * fixed number of statements.
   */
  async waitingOnMe(actor: Actor): Promise<WaitingItemModel[]> {
    const staff = actor.role === 'ADMIN' || actor.role === 'COUNSELOR';
    const plans = (await this.dataSource.query(
      staff
        ? `SELECT p.id, u.display_name AS patient_name, NULL::uuid AS member_id
             FROM plan p JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user u ON u.id = pm.user_id
            WHERE p.organization_id = $1 AND p.status IN ('ACTIVE', 'PAUSED', 'DRAFT')
              AND (p.primary_counselor_id = $2 OR EXISTS (
                SELECT 1 FROM plan_member s WHERE s.plan_id = p.id AND s.membership_id = $2 AND s.kind = 'STAFF' AND s.status = 'ACTIVE'))`
        : `SELECT p.id, u.display_name AS patient_name, m.id AS member_id
             FROM plan_member m JOIN plan p ON p.id = m.plan_id
             JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user u ON u.id = pm.user_id
            WHERE p.organization_id = $1 AND m.membership_id = $2 AND m.status = 'ACTIVE' AND m.kind IN ('PATIENT', 'FAMILY')
              AND p.status IN ('ACTIVE', 'PAUSED', 'DRAFT')`,
      [actor.organizationId, actor.membershipId],
    )) as { id: string; patient_name: string; member_id: string | null }[];
    const data = await this.reader.load(this.dataSource.manager, plans.map((p) => p.id));
    const items = plans.flatMap((plan) =>
      new AgreementView(data, { memberId: plan.member_id, isStaff: staff }, today(this.clock)).waiting(plan.id, plan.patient_name),
    );
    return items.sort((a, b) => a.since.getTime() - b.since.getTime());
  }
}

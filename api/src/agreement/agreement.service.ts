import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContactType } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Actor, RequestOrigin } from '../platform/actor';
import { CLOCK, Clock } from '../platform/clock';
import { conflict, notFound } from '../platform/errors';
import { HomeContractService } from './home-contract/home-contract.service';
import { Plan } from '../planning/plans/plan.entity';
import { AgreementReader } from './agreement-reader';
import { AgreementView, viewerOf } from './agreement-view';
import { SignHomeContractInput } from './dto/agreement.inputs';
import {
  AgreementModel,
  ExpectationGapCategoryModel,
  HomeContractModel,
  WaitingItemModel,
} from './dto/agreement.model';

/** The oldest things waiting are shown first; more than this is a conversation with the counselor, not a list. */
export const WAITING_LIMIT = 50;

type AgreementPermission = 'agreement.read' | 'agreement.takePart' | 'agreement.coach';

/** What a change to the agreement reports for the audit trail, and the record it made or changed. */
export interface AgreementChange {
  kind: string;
  details: Record<string, unknown>;
  recordId: string;
}

export const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

import { ownPlace } from '../access/access.service';

export { ownPlace };

/** Reading the agreement of a plan, and the one way every change to it is made. */
@Injectable()
export class AgreementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: AgreementReader,
    private readonly contracts: HomeContractService,
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
  ): Promise<{ view: AgreementView; recordId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, permission, planId);
      // Changes to one plan's agreement one at a time, so versions and the contract never race.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`agreement:${planId}`]);
      if (relation.status === 'CLOSED' || relation.status === 'COMPLETED') {
        throw conflict('This plan is closed: its agreement can still be read, but not changed.');
      }
      const now = this.clock.now();
      const change = await work(manager, relation, now);
      let data = await this.reader.load(manager, [planId]);
      const newVersion = await this.contracts.refresh(manager, planId, data, now);
      if (newVersion !== null) data = await this.reader.load(manager, [planId]);
      // The audit trail only: the plan history is read by the patient, and an agreement between
      // other people (or a staff-only boundary) is not theirs to read. Each record keeps its own history.
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: `agreement.${change.kind.toLowerCase()}`,
        recordType: 'plan',
        recordId: planId,
        details:
          newVersion !== null ? { ...change.details, contractVersion: newVersion } : change.details,
        ip: origin.ip,
      });
      await manager.update(Plan, { id: planId }, { lastActivityAt: now });
      return {
        view: new AgreementView(data, viewerOf(relation), today(this.clock)),
        recordId: change.recordId,
      };
    });
  }

  /** A member signs the current home contract (typed full name, time, the version's hash). */
  async signContract(
    actor: Actor,
    input: SignHomeContractInput,
    origin: RequestOrigin,
  ): Promise<HomeContractModel> {
    const { view } = await this.change(
      actor,
      origin,
      input.planId,
      'agreement.takePart',
      async (manager, relation, now) => {
        await this.contracts.sign(
          manager,
          actor,
          ownPlace(relation),
          input.planId,
          input.version,
          input.typedName,
          now,
        );
        return {
          kind: 'CONTRACT_SIGNED',
          details: { version: input.version },
          recordId: input.planId,
        };
      },
    );
    const contract = view.agreement(input.planId).contract;
    if (!contract) throw notFound('home contract version');
    return contract;
  }

  /** Upcoming visits that wait for the member's yes (or a "not this time"). */
  private async visitsToConfirm(
    manager: EntityManager,
    plans: { id: string; patient_name: string; member_id: string | null }[],
  ): Promise<WaitingItemModel[]> {
    const members = plans.flatMap((p) => (p.member_id ? [p.member_id] : []));
    if (members.length === 0) return [];
    const rows = (await manager.query(
      `SELECT v.id, v.plan_id, v.contact_type, v.starts_at, v.created_at
         FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id
        WHERE vp.member_id = ANY($1::uuid[]) AND vp.willingness = 'PENDING' AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at > $2
        ORDER BY v.starts_at LIMIT $3`,
      [members, this.clock.now(), WAITING_LIMIT],
    )) as {
      id: string;
      plan_id: string;
      contact_type: ContactType;
      starts_at: Date;
      created_at: Date;
    }[];
    return rows.map((v) => ({
      kind: 'CONFIRM_VISIT',
      planId: v.plan_id,
      recordId: v.id,
      version: null,
      category: null,
      contactType: v.contact_type,
      startsAt: v.starts_at,
      patientName: plans.find((p) => p.id === v.plan_id)?.patient_name ?? '',
      summary: '',
      since: v.created_at,
    }));
  }

  /** The plan an agreement record belongs to, within the actor's organization. */
  async planOf(
    manager: EntityManager,
    actor: Actor,
    table: 'expectation' | 'boundary',
    id: string,
  ): Promise<string> {
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
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'agreement.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: origin.ip,
        });
      }
      return view.agreement(planId);
    });
  }

  /** The expectation gap of one plan, for its counselor; the read is recorded. */
  gap(actor: Actor, planId: string, origin: RequestOrigin): Promise<ExpectationGapCategoryModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const { view } = await this.viewFor(manager, actor, planId, 'agreement.coach');
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'agreement.gap_viewed',
        recordType: 'plan',
        recordId: planId,
        ip: origin.ip,
      });
      return view.gap(planId);
    });
  }

  async viewFor(
    manager: EntityManager,
    actor: Actor,
    planId: string,
    permission: AgreementPermission,
  ): Promise<{ view: AgreementView; relation: PlanRelation }> {
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
  waitingOnMe(actor: Actor, origin: RequestOrigin): Promise<WaitingItemModel[]> {
    return this.dataSource.transaction((manager) => this.waiting(manager, actor, origin));
  }

  private async waiting(
    manager: EntityManager,
    actor: Actor,
    origin: RequestOrigin,
  ): Promise<WaitingItemModel[]> {
    const staff = actor.role === 'ADMIN' || actor.role === 'COUNSELOR';
    const plans = (await manager.query(
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
    const data = await this.reader.load(
      manager,
      plans.map((p) => p.id),
    );
    const visits = staff ? [] : await this.visitsToConfirm(manager, plans);
    const items = plans
      .flatMap((plan) =>
        new AgreementView(
          data,
          { memberId: plan.member_id, isStaff: staff },
          today(this.clock),
        ).waiting(plan.id, plan.patient_name),
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
        ip: origin.ip,
      });
    }
    return items;
  }
}

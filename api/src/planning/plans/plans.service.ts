import { Inject, Injectable } from '@nestjs/common';
import { ContactType, measureOf } from '@homeward/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { AuditService } from '../../audit/audit.service';
import { CLOCK, Clock } from '../../platform/clock';
import { badInput, conflict, notFound } from '../../platform/errors';
import { Membership } from '../../identity/people/membership.entity';
import { toMemberModel, toStaffMemberModel } from '../plan-members/member-model';
import { PlanMember } from '../plan-members/plan-member.entity';
import { TemplatesService } from '../templates/templates.service';
import { MilestonesService } from '../../track-record/milestones/milestones.service';
import { CreatePlanInput, SetPlanStatusInput, UpdatePlanInput } from './dto/plan.inputs';
import {
  PatientPlanModel,
  PhaseModel,
  PlanHistoryEntryModel,
  PlanPersonModel,
  StaffPlanModel,
} from './dto/plan.model';
import { PlanEvent } from './plan-event.entity';
import { lockPlan, settleAfterPlanChange } from './plan-state';
import { PlanMilestone } from './plan-milestone.entity';
import { PlanPhase } from './plan-phase.entity';
import { Plan, PlanStatus } from './plan.entity';

/** Kinds of history entry whose reason stays with staff. */
const STAFF_ONLY_REASONS = new Set(['MEMBER_RESTRICTED', 'MEMBER_UNRESTRICTED']);

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly templates: TemplatesService,
    private readonly milestones: MilestonesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A plan from the current template: its phases and milestones are copied, the first phase is current. */
  create(actor: Actor, input: CreatePlanInput, origin: RequestOrigin): Promise<StaffPlanModel> {
    return this.dataSource.transaction(async (manager) => {
      const patient = await manager.findOneBy(Membership, {
        id: input.patientId,
        organizationId: actor.organizationId,
      });
      if (!patient) throw notFound('patient');
      if (patient.role !== 'PATIENT')
        throw badInput('A plan is made for someone with the patient role.', 'patientId');
      const counselorId = input.primaryCounselorId ?? actor.membershipId;
      await this.assertCounselor(manager, actor, counselorId);
      const open = await manager
        .createQueryBuilder(Plan, 'p')
        .where('p.patient_membership_id = :id AND p.status IN (:...open)', {
          id: patient.id,
          open: ['DRAFT', 'ACTIVE', 'PAUSED'],
        })
        .getExists();
      if (open)
        throw conflict(
          'This patient already has an open plan. Close it before starting a new one.',
        );

      const now = this.clock.now();
      const template = await this.templates.current(manager, actor.organizationId);
      const plan = await manager.save(
        manager.create(Plan, {
          organizationId: actor.organizationId,
          patientMembershipId: patient.id,
          primaryCounselorId: counselorId,
          templateId: template.id,
          status: 'ACTIVE',
          targetDate: input.targetDate ?? null,
          createdAt: now,
          lastActivityAt: now,
        }),
      );
      for (const [index, phase] of template.phases.entries()) {
        const saved = await manager.save(
          manager.create(PlanPhase, {
            planId: plan.id,
            position: index + 1,
            name: phase.name,
            description: phase.description,
            contactTypes: phase.contactTypes,
            status: index === 0 ? 'CURRENT' : 'LOCKED',
            startedAt: index === 0 ? now : null,
          }),
        );
        await manager.insert(
          PlanMilestone,
          phase.milestones.map((m, position) => ({
            phaseId: saved.id,
            position,
            title: m.title,
            kind: m.kind,
            party: m.party,
            target: m.target ?? null,
            windowDays: m.windowDays ?? null,
            measure: measureOf(m),
            contactType: m.kind === 'EVENT' ? (m.contactType ?? null) : null,
          })),
        );
      }
      const user = await manager.query('SELECT display_name FROM app_user WHERE id = $1', [
        patient.userId,
      ]);
      await manager.insert(PlanMember, {
        planId: plan.id,
        membershipId: patient.id,
        kind: 'PATIENT',
        displayName: user[0].display_name,
        status: 'ACTIVE',
        addedAt: now,
      });
      await this.recordChange(
        manager,
        actor,
        plan.id,
        'PLAN_CREATED',
        { templateVersion: template.version },
        origin,
      );
      return this.staffView(manager, plan.id);
    });
  }

  update(actor: Actor, input: UpdatePlanInput, origin: RequestOrigin): Promise<StaffPlanModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.requirePlan(manager, actor, 'plan.manage', input.id);
      const changes: Partial<Plan> = {};
      if (input.primaryCounselorId) {
        await this.assertCounselor(manager, actor, input.primaryCounselorId);
        changes.primaryCounselorId = input.primaryCounselorId;
      }
      if (input.targetDate !== undefined) changes.targetDate = input.targetDate;
      if (Object.keys(changes).length === 0)
        throw badInput('Nothing to change: give a new target date or primary counselor.');
      await manager.update(Plan, { id: input.id }, changes);
      await this.recordChange(manager, actor, input.id, 'PLAN_UPDATED', { ...changes }, origin);
      return this.staffView(manager, input.id);
    });
  }

  /** Pause, resume or close, always with a reason kept in the history. */
  setStatus(
    actor: Actor,
    input: SetPlanStatusInput,
    origin: RequestOrigin,
  ): Promise<StaffPlanModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.requirePlan(manager, actor, 'plan.manage', input.id);
      const from = (await lockPlan(manager, input.id)) as PlanStatus;
      const allowed: Record<string, PlanStatus[]> = {
        ACTIVE: ['PAUSED', 'CLOSED'],
        PAUSED: ['ACTIVE', 'CLOSED'],
        DRAFT: ['ACTIVE', 'CLOSED'],
      };
      if (!(allowed[from] ?? []).includes(input.status)) {
        throw conflict(
          from === 'CLOSED' || from === 'COMPLETED'
            ? 'This plan is closed; start a new plan instead.'
            : `The plan is already ${from.toLowerCase()}.`,
        );
      }
      await manager.update(
        Plan,
        { id: input.id },
        { status: input.status, statusReason: input.reason.trim() },
      );
      const settled = await settleAfterPlanChange(manager, input.id, this.clock.now());
      const kind =
        input.status === 'PAUSED'
          ? 'PLAN_PAUSED'
          : input.status === 'CLOSED'
            ? 'PLAN_CLOSED'
            : 'PLAN_RESUMED';
      await this.recordChange(
        manager,
        actor,
        input.id,
        kind,
        { reason: input.reason.trim(), from, ...settled },
        origin,
      );
      return this.staffView(manager, input.id);
    });
  }

  /** Staff reading a patient's plan is itself recorded (DESIGN: every read of patient data by someone else). */
  staffPlan(actor: Actor, planId: string, origin: RequestOrigin): Promise<StaffPlanModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.requirePlan(manager, actor, 'plan.manage', planId);
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'plan.viewed',
        recordType: 'plan',
        recordId: planId,
        ip: origin.ip,
      });
      return this.staffView(manager, planId);
    });
  }

  /** The patient's own open plan, or null while their counselor has not set one up. */
  async myPlan(actor: Actor): Promise<PatientPlanModel | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id FROM plan WHERE patient_membership_id = $1 AND status <> 'CLOSED' ORDER BY created_at DESC LIMIT 1`,
      [actor.membershipId],
    )) as { id: string }[];
    if (!row) return null;
    const manager = this.dataSource.manager;
    await this.access.requirePlan(manager, actor, 'plan.patientView', row.id);
    const staff = await this.staffView(manager, row.id);
    return {
      id: staff.id,
      status: staff.status,
      targetDate: staff.targetDate,
      patient: staff.patient,
      primaryCounselor: staff.primaryCounselor,
      // The patient sees their own check-in counts, never family members' private ones.
      phases: staff.phases.map((p) => ({
        ...p,
        milestones: this.milestones.forMembers(p.milestones, true),
      })),
      members: staff.members.map(toMemberModel),
      history: staff.history.map((entry) =>
        STAFF_ONLY_REASONS.has(entry.kind) ? { ...entry, reason: null } : entry,
      ),
    };
  }

  /** The plan's status and what its current phase allows: what work that follows a change decides on. */
  async planState(
    manager: EntityManager,
    planId: string,
  ): Promise<{ status: PlanStatus; contactTypes: ContactType[] }> {
    const [row]: { status: PlanStatus; contact_types: ContactType[] | null }[] =
      await manager.query(
        `SELECT p.status, ph.contact_types FROM plan p LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = 'CURRENT' WHERE p.id = $1`,
        [planId],
      );
    return { status: row.status, contactTypes: row.contact_types ?? [] };
  }

  /** Writes the plan history entry and the audit event of a change, in the change's transaction. */
  async recordChange(
    manager: EntityManager,
    actor: Actor,
    planId: string,
    kind: string,
    details: Record<string, unknown>,
    origin: RequestOrigin,
  ): Promise<void> {
    const now = this.clock.now();
    await manager.save(
      manager.create(PlanEvent, {
        planId,
        actorUserId: actor.userId,
        kind,
        details,
        occurredAt: now,
      }),
      { reload: false },
    );
    await manager.update(Plan, { id: planId }, { lastActivityAt: now });
    await this.audit.record(manager, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: `plan.${kind.toLowerCase()}`,
      recordType: 'plan',
      recordId: planId,
      details,
      ip: origin.ip,
    });
  }

  /** The plan's phases with their milestones, each measured from the record (a fixed number of statements). */
  async phases(manager: EntityManager, planId: string): Promise<PhaseModel[]> {
    const phases = await manager.find(PlanPhase, { where: { planId }, order: { position: 'ASC' } });
    const milestones = phases.length
      ? await manager
          .createQueryBuilder(PlanMilestone, 'm')
          .where('m.phase_id IN (:...ids)', { ids: phases.map((p) => p.id) })
          .orderBy('m.position', 'ASC')
          .getMany()
      : [];
    const record = await this.milestones.record(manager, planId);
    return phases.map((phase) => ({
      id: phase.id,
      position: phase.position,
      name: phase.name,
      description: phase.description,
      contactTypes: phase.contactTypes,
      status: phase.status,
      startedAt: phase.startedAt,
      milestones: milestones
        .filter((m) => m.phaseId === phase.id)
        .map((m) => ({
          ...m,
          ...this.milestones.state(m, record, phase.startedAt, phase.status === 'LOCKED'),
        })),
    }));
  }

  private async staffView(manager: EntityManager, planId: string): Promise<StaffPlanModel> {
    const [plan] = (await manager.query(
      `SELECT p.*, to_char(p.target_date, 'YYYY-MM-DD') AS target_day, t.version AS template_version,
              pm.id AS patient_id, pu.display_name AS patient_name, cm.id AS counselor_id, cu.display_name AS counselor_name
         FROM plan p
         JOIN plan_template t ON t.id = p.template_id
         JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user pu ON pu.id = pm.user_id
         JOIN membership cm ON cm.id = p.primary_counselor_id JOIN app_user cu ON cu.id = cm.user_id
        WHERE p.id = $1`,
      [planId],
    )) as Record<string, never>[];
    const members = await manager.find(PlanMember, {
      where: { planId },
      order: { addedAt: 'ASC', id: 'ASC' },
    });
    const history = (await manager.query(
      `SELECT e.id, e.kind, e.details->>'reason' AS reason, e.occurred_at, u.display_name AS actor_name
         FROM plan_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.plan_id = $1 ORDER BY e.id DESC LIMIT 200`,
      [planId],
    )) as {
      id: string;
      kind: string;
      reason: string | null;
      occurred_at: Date;
      actor_name: string | null;
    }[];
    const person = (id: string, name: string): PlanPersonModel => ({ id, displayName: name });
    return {
      id: plan['id'],
      status: plan['status'],
      statusReason: plan['status_reason'],
      // A day, not a moment: read as text, never through a time zone.
      targetDate: plan['target_day'],
      templateVersion: plan['template_version'],
      patient: person(plan['patient_id'], plan['patient_name']),
      primaryCounselor: person(plan['counselor_id'], plan['counselor_name']),
      phases: await this.phases(manager, planId),
      members: members.map(toStaffMemberModel),
      history: history.map((h): PlanHistoryEntryModel => ({
        id: h.id,
        kind: h.kind,
        actorName: h.actor_name,
        reason: h.reason,
        occurredAt: h.occurred_at,
      })),
      createdAt: plan['created_at'],
      lastActivityAt: plan['last_activity_at'],
    };
  }

  private async assertCounselor(
    manager: EntityManager,
    actor: Actor,
    membershipId: string,
  ): Promise<void> {
    const counselor = await manager.findOneBy(Membership, {
      id: membershipId,
      organizationId: actor.organizationId,
      status: 'ACTIVE',
    });
    if (!counselor) throw notFound('counselor');
    if (counselor.role !== 'COUNSELOR' && counselor.role !== 'ADMIN') {
      throw badInput('The primary counselor must be a member of staff.', 'primaryCounselorId');
    }
  }
}

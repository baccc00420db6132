import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language, ladderText, measureOf } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { historyForMembers, phasesForPatient } from '../../access/visibility/plan-history';
import { AuditService } from '../../audit/audit.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { Actor } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { planHistoryEvent } from '../plan-history-event';
import { toMemberModel, toStaffMemberModel } from '../plan-members/member-model';
import { PlanMembersService } from '../plan-members/plan-members.service';
import { TemplatesService } from '../templates/templates.service';
import { CreatePlanInput, SetPlanStatusInput, UpdatePlanInput } from './dto/plan.inputs';
import {
  MilestoneModel,
  PatientPlanModel,
  PhaseModel,
  PlanPersonModel,
  StaffPlanModel,
} from './dto/plan.model';
import { MilestoneProgress } from './milestone-progress';
import { LadderRepository } from './ladder.repository';
import { PlanReader } from './plan.reader';
import { PlanStatus } from './plan.entity';
import { PlanEdits, PlanState, PlansRepository } from './plans.repository';

/** Where a plan may go from each status; a closed plan goes nowhere (a new plan starts instead). */
const NEXT_STATUSES: Partial<Record<PlanStatus, PlanStatus[]>> = {
  ACTIVE: ['PAUSED', 'CLOSED'],
  PAUSED: ['ACTIVE', 'CLOSED'],
  DRAFT: ['ACTIVE', 'CLOSED'],
};

const STATUS_KINDS: Partial<Record<PlanStatus, string>> = {
  PAUSED: 'PLAN_PAUSED',
  CLOSED: 'PLAN_CLOSED',
  ACTIVE: 'PLAN_RESUMED',
};

@Injectable()
export class PlansService implements OnModuleInit {
  /** Provided by the track record, a domain above this one: looked up once everything is built. */
  private progress!: MilestoneProgress;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly plans: PlansRepository,
    private readonly ladder: LadderRepository,
    private readonly reader: PlanReader,
    private readonly templates: TemplatesService,
    private readonly members: PlanMembersService,
    private readonly moduleRef: ModuleRef,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.progress = this.moduleRef.get(MilestoneProgress, { strict: false });
  }

  /**
   * A plan from the current template: its phases and milestones are copied, the first phase is
   * current. Not a change to an existing plan, so it keeps its own transaction; its history line
   * and audit event are the ones every plan starts with.
   */
  create(ctx: RequestContext, input: CreatePlanInput): Promise<StaffPlanModel> {
    const actor = ctx.signedIn;
    return this.dataSource.transaction(async (manager) => {
      const patient = await this.reader.person(manager, actor.organizationId, input.patientId);
      if (!patient) throw notFound('patient');
      if (patient.role !== 'PATIENT') {
        throw new DomainError('PLAN_NEEDS_PATIENT_ROLE', {}, { field: 'patientId' });
      }
      const counselorId = input.primaryCounselorId ?? actor.membershipId;
      await this.assertCounselor(manager, actor, counselorId);
      if (await this.plans.hasOpenPlan(manager, patient.id)) {
        throw new DomainError('PLAN_ALREADY_OPEN');
      }

      const now = ctx.now();
      const template = await this.templates.current(manager, actor.organizationId);
      const plan = await this.plans.insertPlan(manager, {
        organizationId: actor.organizationId,
        patientMembershipId: patient.id,
        primaryCounselorId: counselorId,
        templateId: template.id,
        status: 'ACTIVE',
        targetDate: input.targetDate ?? null,
        createdAt: now,
        lastActivityAt: now,
      });
      for (const [index, phase] of template.phases.entries()) {
        const saved = await this.plans.insertPhase(manager, {
          planId: plan.id,
          position: index + 1,
          name: phase.name,
          description: phase.description,
          contactTypes: phase.contactTypes,
          stage: phase.stage ?? null,
          status: index === 0 ? 'CURRENT' : 'LOCKED',
          startedAt: index === 0 ? now : null,
        });
        await this.plans.insertMilestones(
          manager,
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
      await this.members.addPatient(manager, plan.id, patient.id, patient.displayName, now);
      const details = { templateVersion: template.version };
      await this.plans.addHistory(manager, {
        planId: plan.id,
        actorUserId: actor.userId,
        kind: 'PLAN_CREATED',
        details,
        occurredAt: now,
      });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'plan.plan_created',
        recordType: 'plan',
        recordId: plan.id,
        details,
        ip: ctx.origin.ip,
      });
      return this.staffView(manager, plan.id, ctx.language);
    });
  }

  update(ctx: RequestContext, input: UpdatePlanInput): Promise<StaffPlanModel> {
    return this.planChanges.run(
      ctx,
      input.id,
      async ({ manager, actor }) => {
        const changes: PlanEdits = {};
        if (input.primaryCounselorId) {
          await this.assertCounselor(manager, actor, input.primaryCounselorId);
          changes.primaryCounselorId = input.primaryCounselorId;
        }
        if (input.targetDate !== undefined) changes.targetDate = input.targetDate;
        if (Object.keys(changes).length === 0) throw new DomainError('PLAN_NOTHING_TO_CHANGE');
        await this.plans.update(manager, input.id, changes);
        return {
          event: planHistoryEvent('PLAN_UPDATED', input.id, { ...changes }),
          answer: () => this.staffView(manager, input.id, ctx.language),
        };
      },
      // As always, a closed plan's target date and counselor can still be put right.
      { whenClosed: null },
    );
  }

  /** Pause, resume or close, always with a reason kept in the history. */
  setStatus(ctx: RequestContext, input: SetPlanStatusInput): Promise<StaffPlanModel> {
    return this.planChanges.run(
      ctx,
      input.id,
      async ({ manager, relation }) => {
        const from = relation.status as PlanStatus;
        if (!(NEXT_STATUSES[from] ?? []).includes(input.status)) {
          throw from === 'CLOSED' || from === 'COMPLETED'
            ? new DomainError('PLAN_CLOSED_START_NEW')
            : new DomainError('PLAN_ALREADY_IN_STATUS', { status: from });
        }
        const reason = input.reason.trim();
        await this.plans.setStatus(manager, input.id, input.status, reason);
        const kind = STATUS_KINDS[input.status] as string;
        return {
          event: planHistoryEvent(kind, input.id, { reason, from }),
          answer: () => this.staffView(manager, input.id, ctx.language),
        };
      },
      // The transitions decide what a closed plan may do (nothing), with their own words.
      { whenClosed: null },
    );
  }

  /** Staff reading a patient's plan is itself recorded (DESIGN: every read of patient data by someone else). */
  staffPlan(ctx: RequestContext, planId: string): Promise<StaffPlanModel> {
    const actor = ctx.signedIn;
    return this.dataSource.transaction(async (manager) => {
      await this.access.requirePlan(manager, actor, 'plan.manage', planId);
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'plan.viewed',
        recordType: 'plan',
        recordId: planId,
        ip: ctx.origin.ip,
      });
      return this.staffView(manager, planId, ctx.language);
    });
  }

  /** The patient's own open plan, or null while their counselor has not set one up. */
  async myPlan(ctx: RequestContext): Promise<PatientPlanModel | null> {
    const { manager } = ctx;
    const actor = ctx.signedIn;
    const planId = await this.plans.openPlanOf(manager, actor.membershipId);
    if (!planId) return null;
    await this.access.requirePlan(manager, actor, 'plan.patientView', planId);
    const staff = await this.staffView(manager, planId, ctx.language);
    return {
      id: staff.id,
      status: staff.status,
      targetDate: staff.targetDate,
      patient: staff.patient,
      primaryCounselor: staff.primaryCounselor,
      phases: phasesForPatient(staff.phases, this.milestonesForMembers),
      members: staff.members.map(toMemberModel),
      history: historyForMembers(staff.history),
    };
  }

  /** The milestones' own rule for what a patient or family member may read of them. */
  readonly milestonesForMembers = (milestones: MilestoneModel[], seesPatientCheckIns: boolean) =>
    this.progress.forMembers(milestones, seesPatientCheckIns);

  /**
   * The plan's phases with their milestones, each measured from the record, in the reader's
   * language (the default ladder's texts; a program's own stay as written).
   */
  async phases(manager: EntityManager, planId: string, language: Language): Promise<PhaseModel[]> {
    const phases = await this.plans.phases(manager, planId);
    const milestones = await this.plans.milestonesOf(
      manager,
      phases.map((p) => p.id),
    );
    const states = await this.progress.measure(
      manager,
      planId,
      phases.map((p) => ({ id: p.id, startedAt: p.startedAt, locked: p.status === 'LOCKED' })),
    );
    return phases.map((phase) => ({
      id: phase.id,
      position: phase.position,
      name: ladderText(phase.name, language),
      description: ladderText(phase.description, language),
      contactTypes: phase.contactTypes,
      stage: phase.stage,
      status: phase.status,
      startedAt: phase.startedAt,
      milestones: milestones
        .filter((m) => m.phaseId === phase.id)
        .map((m): MilestoneModel => {
          const state = states.get(m.id);
          if (!state) throw new Error(`Milestone ${m.id} was not measured`);
          return {
            id: m.id,
            title: ladderText(m.title, language),
            kind: m.kind,
            party: m.party,
            target: state.target,
            windowDays: m.windowDays,
            status: state.status,
            measure: m.measure,
            contactType: m.contactType,
            progress: state.progress,
            achievedAt: m.achievedAt,
            waivedReason: m.waivedReason,
          };
        }),
    }));
  }

  /**
   * The plan's status and what its current phase allows, for the features that follow a change
   * to the plan (visits it no longer allows, proposals while it is not active).
   */
  planState(manager: EntityManager, planId: string): Promise<PlanState> {
    return this.plans.state(manager, planId);
  }

  /** The ladder moves up once everyone agreed (phase moves decide it; the ladder is planning's). */
  advancePhase(manager: EntityManager, move: { currentId: string; nextId: string; at: Date }) {
    return this.ladder.advance(manager, move);
  }

  /** Back to the previous phase, the one left waiting until `waitUntil` before the next try. */
  stepBackPhase(
    manager: EntityManager,
    move: { currentId: string; previousId: string; waitUntil: string | null; at: Date },
  ) {
    return this.ladder.stepBack(manager, move);
  }

  /** The plan is done (from its aftercare phase): read-only from now on, its words kept as the reason. */
  complete(manager: EntityManager, planId: string, reason: string) {
    return this.plans.setStatus(manager, planId, 'COMPLETED', reason);
  }

  /** A pause someone on the plan asked for, its words kept as the status reason. */
  pause(manager: EntityManager, planId: string, reason: string) {
    return this.ladder.pause(manager, planId, reason);
  }

  /** A pause ends through the steps its family agreed (the lapse plan), its words kept as the reason. */
  resume(manager: EntityManager, planId: string, reason: string) {
    return this.ladder.resume(manager, planId, reason);
  }

  private async staffView(
    manager: EntityManager,
    planId: string,
    language: Language,
  ): Promise<StaffPlanModel> {
    const plan = await this.reader.header(manager, planId);
    const members = await this.members.ofPlan(manager, planId);
    const history = await this.reader.history(manager, planId);
    const person = (id: string, name: string): PlanPersonModel => ({ id, displayName: name });
    return {
      id: plan.id,
      status: plan.status,
      statusReason: plan.statusReason,
      targetDate: plan.targetDay,
      templateVersion: plan.templateVersion,
      patient: person(plan.patientId, plan.patientName),
      primaryCounselor: person(plan.counselorId, plan.counselorName),
      phases: await this.phases(manager, planId, language),
      members: members.map(toStaffMemberModel),
      history,
      createdAt: plan.createdAt,
      lastActivityAt: plan.lastActivityAt,
    };
  }

  private async assertCounselor(
    manager: EntityManager,
    actor: Actor,
    membershipId: string,
  ): Promise<void> {
    const counselor = await this.reader.person(manager, actor.organizationId, membershipId);
    if (!counselor || counselor.status !== 'ACTIVE') throw notFound('counselor');
    if (counselor.role !== 'COUNSELOR' && counselor.role !== 'ADMIN') {
      throw new DomainError('PLAN_COUNSELOR_NOT_STAFF', {}, { field: 'primaryCounselorId' });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { ContactType, PhaseStage } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { PlanEvent } from './plan-event.entity';
import { PlanMilestone } from './plan-milestone.entity';
import { PhaseStatus, PlanPhase } from './plan-phase.entity';
import { Plan, PlanStatus } from './plan.entity';

const OPEN: PlanStatus[] = ['DRAFT', 'ACTIVE', 'PAUSED'];

export type NewPlan = Pick<
  Plan,
  | 'organizationId'
  | 'patientMembershipId'
  | 'primaryCounselorId'
  | 'templateId'
  | 'status'
  | 'targetDate'
  | 'createdAt'
  | 'lastActivityAt'
>;

export type NewPhase = Pick<
  PlanPhase,
  'planId' | 'position' | 'name' | 'description' | 'contactTypes' | 'stage' | 'status' | 'startedAt'
>;

export type NewMilestone = Pick<
  PlanMilestone,
  | 'phaseId'
  | 'position'
  | 'title'
  | 'kind'
  | 'party'
  | 'target'
  | 'windowDays'
  | 'measure'
  | 'contactType'
>;

export type PlanEdits = Partial<Pick<Plan, 'primaryCounselorId' | 'targetDate'>>;

/** What the rest of the API may know of a plan's state: its status and what its current phase allows. */
export interface PlanState {
  status: PlanStatus;
  contactTypes: ContactType[];
  /** The stages whose phase the plan has walked through (e.g. HOMECOMING once in aftercare). */
  stagesDone: PhaseStage[];
}

interface PlanStateRow {
  status: PlanStatus;
  contact_types: ContactType[] | null;
  stages_done: PhaseStage[];
}

interface PlanIdRow {
  id: string;
}

/** The plan, plan_phase, plan_milestone and plan_event tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class PlansRepository {
  hasOpenPlan(manager: EntityManager, patientMembershipId: string): Promise<boolean> {
    return manager
      .createQueryBuilder(Plan, 'p')
      .where('p.patient_membership_id = :id AND p.status IN (:...open)', {
        id: patientMembershipId,
        open: OPEN,
      })
      .getExists();
  }

  insertPlan(manager: EntityManager, plan: NewPlan): Promise<Plan> {
    return manager.save(manager.create(Plan, plan));
  }

  insertPhase(manager: EntityManager, phase: NewPhase): Promise<PlanPhase> {
    return manager.save(manager.create(PlanPhase, phase));
  }

  async insertMilestones(manager: EntityManager, milestones: NewMilestone[]): Promise<void> {
    if (milestones.length > 0) await manager.insert(PlanMilestone, milestones);
  }

  async update(manager: EntityManager, planId: string, changes: PlanEdits): Promise<void> {
    await manager.update(Plan, { id: planId }, changes);
  }

  async setStatus(
    manager: EntityManager,
    planId: string,
    status: PlanStatus,
    statusReason: string,
  ): Promise<void> {
    await manager.update(Plan, { id: planId }, { status, statusReason });
  }

  async setLastActivity(manager: EntityManager, planId: string, at: Date): Promise<void> {
    await manager.update(Plan, { id: planId }, { lastActivityAt: at });
  }

  /** A line in the plan's history. */
  async addHistory(
    manager: EntityManager,
    line: Pick<PlanEvent, 'planId' | 'actorUserId' | 'kind' | 'details' | 'occurredAt'>,
  ): Promise<void> {
    await manager.save(manager.create(PlanEvent, line), { reload: false });
  }

  /** The patient's newest plan that is not closed, if any. */
  async openPlanOf(manager: EntityManager, patientMembershipId: string): Promise<string | null> {
    const rows: PlanIdRow[] = await manager.query(
      `SELECT id FROM plan WHERE patient_membership_id = $1 AND status <> 'CLOSED' ORDER BY created_at DESC LIMIT 1`,
      [patientMembershipId],
    );
    return rows[0]?.id ?? null;
  }

  phases(manager: EntityManager, planId: string): Promise<PlanPhase[]> {
    return manager.find(PlanPhase, { where: { planId }, order: { position: 'ASC' } });
  }

  milestonesOf(manager: EntityManager, phaseIds: string[]): Promise<PlanMilestone[]> {
    if (phaseIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(PlanMilestone, 'm')
      .where('m.phase_id IN (:...ids)', { ids: phaseIds })
      .orderBy('m.position', 'ASC')
      .getMany();
  }

  async state(manager: EntityManager, planId: string): Promise<PlanState> {
    const current: PhaseStatus = 'CURRENT';
    const rows: PlanStateRow[] = await manager.query(
      `SELECT p.status, ph.contact_types,
              ARRAY(SELECT d.stage::text FROM plan_phase d
                     WHERE d.plan_id = p.id AND d.status = 'DONE' AND d.stage IS NOT NULL) AS stages_done
         FROM plan p
         LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = $2
        WHERE p.id = $1`,
      [planId, current],
    );
    if (!rows[0]) throw new Error(`No plan ${planId}`);
    return {
      status: rows[0].status,
      contactTypes: rows[0].contact_types ?? [],
      stagesDone: rows[0].stages_done,
    };
  }
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { checkInDueOn, localDay, milestoneProgress, MilestoneRule } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainEvent, PlanChange } from '../../plan-changes/plan-change';
import { milestonesForMembers, MilestoneSeen } from '../../access/visibility/milestones';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { CLOCK, Clock } from '../../platform/clock';
import { DomainError } from '../../platform/domain-error';
import { CheckInScheduleService } from '../check-in-schedule/check-in-schedule.service';
import { MilestonesReader, PlanDay, PlanRecord } from './milestones.reader';
import { MilestonesRepository, MilestoneStatus } from './milestones.repository';

export type { PlanRecord } from './milestones.reader';

export interface MilestoneState {
  progress: number;
  target: number;
  status: MilestoneStatus;
}

/** Staff verify a manual milestone, or waive any milestone with a reason. */
export type MilestoneDecision = 'VERIFY' | 'WAIVE';

/**
 * Milestones measured from what happened (DESIGN principle 4): progress is counted from
 * check-ins and visits, never typed in; once achieved it stays achieved (nothing earned is erased).
 */
@Injectable()
export class MilestonesService implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly planChanges: PlanChanges,
    private readonly reader: MilestonesReader,
    private readonly milestones: MilestonesRepository,
    private readonly schedules: CheckInScheduleService,
  ) {}

  /** Milestones come from what happened: every change to a plan settles them in its transaction. */
  onModuleInit(): void {
    this.planChanges.follow({
      followChange: async (change) => {
        await this.settle(change);
      },
    });
  }

  /** A plan's time zone (its program's) and the day it is there now: the day plan-wide rules count in. */
  planDay(manager: EntityManager, planId: string): Promise<PlanDay> {
    return this.reader.planDay(manager, planId, this.clock.now());
  }

  /** The plan's record, in three statements whatever its size. */
  record(manager: EntityManager, planId: string): Promise<PlanRecord> {
    return this.recordAt(manager, planId, this.clock.now());
  }

  /** The record, with the plan's check-in schedule (SCHEDULED_CHECK_INS counts only due days). */
  private async recordAt(manager: EntityManager, planId: string, now: Date): Promise<PlanRecord> {
    const plan = await this.reader.record(manager, planId, now);
    const { schedule } = await this.schedules.inForce(manager, planId, now);
    return {
      ...plan,
      record: { ...plan.record, checkInDue: (day) => checkInDueOn(schedule, day) },
    };
  }

  /** Where a milestone stands: achieved once reached, verified or waived; otherwise what the record says. */
  state(
    m: MilestoneRule & { achievedAt: Date | null },
    plan: PlanRecord,
    phaseStartedAt: Date | null,
    phaseLocked = false,
  ): MilestoneState {
    // A phase not reached yet has nothing under way, whatever the record would count.
    if (phaseLocked && !m.achievedAt)
      return { progress: 0, target: Math.max(1, m.target ?? 1), status: 'NOT_STARTED' };
    const phaseStartedOn = phaseStartedAt ? localDay(phaseStartedAt, plan.timeZone) : null;
    const { progress, target } = milestoneProgress(m, plan.record, plan.today, phaseStartedOn);
    const status: MilestoneStatus =
      m.achievedAt || progress >= target
        ? 'ACHIEVED'
        : progress > 0
          ? 'IN_PROGRESS'
          : 'NOT_STARTED';
    return { progress: m.achievedAt ? Math.max(progress, target) : progress, target, status };
  }

  /** What a patient or family member may read of milestone progress (the rule lives with access). */
  forMembers<T extends MilestoneSeen>(milestones: T[], patientCheckInsVisible: boolean): T[] {
    return milestonesForMembers(milestones, patientCheckInsVisible);
  }

  /**
   * After anything that adds to the record: milestones of the current phase that the record now
   * reaches are marked achieved for good, in the change's transaction, and audited.
   */
  async settle({ manager, actor, planId, now }: PlanChange): Promise<string[]> {
    const open = await this.reader.openInCurrentPhase(manager, planId);
    if (open.length === 0) return [];
    const plan = await this.recordAt(manager, planId, now);
    const achieved: string[] = [];
    for (const milestone of open) {
      const { status } = this.state(milestone, plan, milestone.phaseStartedAt);
      if (status !== milestone.status) {
        await this.milestones.reach(
          manager,
          milestone.id,
          status,
          status === 'ACHIEVED' ? now : null,
        );
      }
      if (status === 'ACHIEVED') achieved.push(milestone.id);
    }
    if (achieved.length > 0) {
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'milestone.achieved',
        recordType: 'plan',
        recordId: planId,
        details: { milestoneIds: achieved },
      });
    }
    return achieved;
  }

  /** The plan a milestone belongs to, or null when there is no such milestone. */
  planOf(manager: EntityManager, milestoneId: string): Promise<string | null> {
    return this.reader.planOfMilestone(manager, milestoneId);
  }

  /**
   * Staff verify a manual milestone or waive any milestone with a reason; either way it counts as
   * achieved. Made inside a change to the milestone's plan; returns the change's event.
   */
  async decide(
    { manager, actor, planId, now }: PlanChange,
    input: { milestoneId: string; decision: MilestoneDecision; reason?: string },
  ): Promise<DomainEvent> {
    const milestone = await this.milestones.byId(manager, input.milestoneId);
    if (!milestone) throw new DomainError('NOT_FOUND', { what: 'milestone' });
    if (milestone.achievedAt) throw new DomainError('MILESTONE_ALREADY_ACHIEVED');
    if (input.decision === 'VERIFY' && milestone.kind !== 'MANUAL')
      throw new DomainError('MILESTONE_VERIFY_MANUAL_ONLY', {}, { field: 'decision' });
    if (input.decision === 'WAIVE' && !input.reason)
      throw new DomainError('MILESTONE_WAIVE_NEEDS_REASON', {}, { field: 'reason' });
    await this.milestones.decide(manager, milestone.id, {
      decidedByUserId: actor.userId,
      achievedAt: now,
      waivedReason: input.decision === 'WAIVE' ? (input.reason ?? null) : null,
    });
    const kind = input.decision === 'VERIFY' ? 'MILESTONE_VERIFIED' : 'MILESTONE_WAIVED';
    const details = {
      milestoneId: milestone.id,
      title: milestone.title,
      reason: input.reason ?? null,
    };
    return {
      type: `plan.${kind.toLowerCase()}`,
      recordType: 'plan',
      recordId: planId,
      details,
      history: { kind, details },
    };
  }
}

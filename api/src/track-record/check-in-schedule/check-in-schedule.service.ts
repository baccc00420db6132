import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkInDueOn,
  CheckInSchedule,
  DEFAULT_SCHEDULE_STEPS,
  dueDaysBetween,
  isCalendarDay,
  localDay,
  nextCheckInDue,
  PhaseStage,
  scheduleStepsProblem,
  shiftDay,
  ScheduleStep,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { ConsentsService } from '../../planning/consents/consents.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { CLOCK, Clock } from '../../platform/clock';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { CheckInScheduleReader, ScheduleRow } from './check-in-schedule.reader';
import { CheckInScheduleRepository } from './check-in-schedule.repository';
import { CheckInScheduleModel, SetCheckInScheduleInput } from './dto/check-in-schedule.model';

export type CheckInScheduleEventType = 'plan.check_in_schedule_set';

/** The schedule in force on a plan: what the reminders, the quiet nudge and milestones follow. */
export interface ScheduleInForce {
  timeZone: string;
  /** Today in the program's time zone. */
  today: string;
  stage: PhaseStage | null;
  phaseId: string | null;
  /** Null before Homecoming: a check-in is due every day. */
  schedule: CheckInSchedule | null;
  /** The version set by the counselor; null while the stage's default runs. */
  version: number | null;
  setAt: Date | null;
  setByName: string | null;
}

const UPCOMING = 6;

/**
 * A plan's check-in schedule (issue 15). Reaching a phase with a stage starts its default (the
 * transition home: daily, then three times a week; aftercare: thinning out); the counselor may
 * set another, each change a new version. Nothing is stored to start a default: it is read from
 * the phase's start, so plans that reached Homecoming before schedules existed follow it too.
 */
@Injectable()
export class CheckInScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly consents: ConsentsService,
    private readonly planChanges: PlanChanges,
    private readonly reader: CheckInScheduleReader,
    private readonly versions: CheckInScheduleRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The schedule in force on a plan now. */
  async inForce(manager: EntityManager, planId: string, now?: Date): Promise<ScheduleInForce> {
    const row = await this.reader.ofPlan(manager, planId);
    if (!row) throw new DomainError('NOT_FOUND', { what: 'plan' });
    return inForceOf(row, now ?? this.clock.now());
  }

  /** Whether a check-in is due today on this plan (in the program's time zone). */
  async dueToday(manager: EntityManager, planId: string, now?: Date): Promise<boolean> {
    const { schedule, today } = await this.inForce(manager, planId, now);
    return checkInDueOn(schedule, today);
  }

  read(ctx: RequestContext, planId: string): Promise<CheckInScheduleModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(
        manager,
        ctx.signedIn,
        'trackRecord.read',
        planId,
      );
      const staff = relation.isAdmin || relation.isCounselorOfPlan;
      // The stage tells which phase the patient is in: a family member reads it within PROGRESS.
      const progress =
        staff ||
        relation.isPatient ||
        (relation.familyMemberId !== null &&
          (
            (await this.consents.liveConsent(manager, relation.familyMemberId))?.categories ?? []
          ).includes('PROGRESS'));
      const state = await this.inForce(manager, planId);
      return toModel(planId, state, progress);
    });
  }

  /** The counselor sets the schedule of the current Homecoming or Aftercare phase: a new version. */
  set(ctx: RequestContext, input: SetCheckInScheduleInput): Promise<CheckInScheduleModel> {
    return this.planChanges.run(ctx, input.planId, async ({ manager, actor, planId, now }) => {
      const state = await this.inForce(manager, planId, now);
      const row = await this.reader.ofPlan(manager, planId);
      if (!state.phaseId || !state.stage || !row?.phaseStartedAt)
        throw new DomainError('CHECK_IN_SCHEDULE_NOT_YET');
      const steps: ScheduleStep[] = input.steps.map((s) => ({
        cadence: s.cadence,
        weeks: s.weeks ?? null,
      }));
      const problem = scheduleStepsProblem(steps);
      if (problem) throw new DomainError(problem as 'INPUT_SCHEDULE_STEPS', {}, { field: 'steps' });
      const phaseStartedOn = localDay(row.phaseStartedAt, state.timeZone);
      const startsOn = input.startsOn ?? state.today;
      if (!isCalendarDay(startsOn) || startsOn < phaseStartedOn)
        throw new DomainError('INPUT_SCHEDULE_START', {}, { field: 'startsOn' });
      const version = await this.reader.nextVersion(manager, planId);
      const saved = await this.versions.insert(manager, {
        planId,
        phaseId: state.phaseId,
        version,
        startsOn,
        steps,
        setByUserId: actor.userId,
        createdAt: now,
      });
      const details = { version, stage: state.stage, startsOn, steps };
      return {
        event: {
          type: 'plan.check_in_schedule_set' satisfies CheckInScheduleEventType,
          recordType: 'check_in_schedule_version',
          recordId: saved.id,
          details,
          history: { kind: 'CHECK_IN_SCHEDULE_SET', details },
        },
        answer: async () => toModel(planId, await this.inForce(manager, planId, now), true),
      };
    });
  }
}

function inForceOf(row: ScheduleRow, now: Date): ScheduleInForce {
  const today = localDay(now, row.timeZone);
  const base = {
    timeZone: row.timeZone,
    today,
    stage: row.stage,
    phaseId: row.phaseId,
    setAt: row.setAt,
    setByName: row.setByName,
  };
  if (!row.stage || !row.phaseStartedAt) return { ...base, schedule: null, version: null };
  if (row.version !== null && row.startsOn && row.steps)
    return {
      ...base,
      schedule: { startsOn: row.startsOn, steps: row.steps },
      version: row.version,
    };
  // The stage's default, from the day the phase was reached.
  return {
    ...base,
    schedule: {
      startsOn: localDay(row.phaseStartedAt, row.timeZone),
      steps: DEFAULT_SCHEDULE_STEPS[row.stage],
    },
    version: null,
  };
}

function toModel(planId: string, state: ScheduleInForce, seesStage: boolean): CheckInScheduleModel {
  const { schedule, today } = state;
  const upcoming = dueDaysBetween(schedule, today, shiftDay(today, -400)).slice(0, UPCOMING);
  return {
    planId,
    stage: seesStage ? state.stage : null,
    scheduled: schedule !== null,
    steps: schedule ? schedule.steps.map((s) => ({ cadence: s.cadence, weeks: s.weeks })) : [],
    startsOn: schedule?.startsOn ?? null,
    version: state.version,
    setAt: state.version ? state.setAt : null,
    setByName: state.version ? state.setByName : null,
    today,
    dueToday: checkInDueOn(schedule, today),
    nextDueOn: nextCheckInDue(schedule, today),
    upcoming,
  };
}

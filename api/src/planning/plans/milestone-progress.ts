import { MilestoneKind, MilestoneMeasure, MilestoneParty } from '@homeward/domain';
import { EntityManager, In } from 'typeorm';
import { MilestoneStatus, PlanMilestone } from './plan-milestone.entity';

/** Where one milestone stands, measured from the record. */
export interface MilestoneState {
  progress: number;
  target: number;
  status: MilestoneStatus;
}

/** A phase as its milestones are measured: from when it started; a locked one has nothing under way. */
export interface MeasuredPhase {
  id: string;
  startedAt: Date | null;
  locked: boolean;
}

/** What members' sight of a milestone depends on. */
export interface MemberMilestone {
  party: MilestoneParty;
  measure: MilestoneMeasure | null;
  kind: MilestoneKind;
  status: MilestoneStatus;
  progress: number;
}

/**
 * What planning needs from the track record to show milestones (the plan's phases, the family
 * view): declared here and provided by the track record (MilestonesService), so planning never
 * imports the domain above it. Progress is counted from what happened, never typed in.
 */
export abstract class MilestoneProgress {
  /** Each milestone of these phases (by milestone id), measured from the plan's record. */
  abstract measure(
    manager: EntityManager,
    planId: string,
    phases: MeasuredPhase[],
  ): Promise<Map<string, MilestoneState>>;

  /** What a patient or family member may read of milestone progress. */
  abstract forMembers<T extends MemberMilestone>(items: T[], seesPatientCheckIns: boolean): T[];
}

/** MilestonesService as it is before the track record's branch is merged: a record, and states against it. */
interface RecordAndStates<R> {
  record(manager: EntityManager, planId: string): Promise<R>;
  state(
    m: PlanMilestone,
    record: R,
    phaseStartedAt: Date | null,
    phaseLocked?: boolean,
  ): MilestoneState;
  forMembers<T extends MemberMilestone & { target: number | null }>(
    items: T[],
    visible: boolean,
  ): T[];
}

/**
 * Until merge only: MilestoneProgress over MilestonesService's `record` and `state`. Once the
 * track record's MilestonesService implements `measure` itself, it is provided with
 * `useExisting` and this goes.
 */
export function milestoneProgressOver<R>(milestones: RecordAndStates<R>): MilestoneProgress {
  return {
    async measure(manager, planId, phases) {
      const states = new Map<string, MilestoneState>();
      if (phases.length === 0) return states;
      const rows = await manager.find(PlanMilestone, {
        where: { phaseId: In(phases.map((p) => p.id)) },
      });
      const record = await milestones.record(manager, planId);
      for (const row of rows) {
        const phase = phases.find((p) => p.id === row.phaseId) as MeasuredPhase;
        states.set(row.id, milestones.state(row, record, phase.startedAt, phase.locked));
      }
      return states;
    },
    forMembers: <T extends MemberMilestone>(items: T[], seesPatientCheckIns: boolean) =>
      milestones.forMembers(items as (T & { target: number | null })[], seesPatientCheckIns) as T[],
  };
}

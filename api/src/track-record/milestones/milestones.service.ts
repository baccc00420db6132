import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import {
  ContactType,
  localDay,
  measuredFromFamilyCheckIns,
  MilestoneMeasure,
  MilestoneParty,
  milestoneProgress,
  shiftDay,
  TrackRecord,
  visitWentWell,
  VisitStatus,
} from '@homeward/domain';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { MilestoneStatus, PlanMilestone } from '../../planning/plans/plan-milestone.entity';

/** How far back the record is read for milestones: the longest window a template allows. */
const RECORD_DAYS = 366;

export interface MilestoneState {
  progress: number;
  target: number;
  status: MilestoneStatus;
}

/** The plan's "today" and the record its milestones are measured from. */
export interface PlanRecord {
  today: string;
  timeZone: string;
  record: TrackRecord;
}

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
  ) {}

  /** Milestones come from what happened: every change to a plan settles them in its transaction. */
  onModuleInit(): void {
    this.planChanges.follow({
      followChange: async ({ manager, actor, planId }) => {
        await this.settle(manager, actor, planId);
      },
    });
  }

  /** A plan's time zone (its program's) and the day it is there now: the day plan-wide rules count in. */
  async planDay(
    manager: EntityManager,
    planId: string,
  ): Promise<{ timeZone: string; today: string; planStartedOn: string }> {
    const [row] = (await manager.query(
      'SELECT o.time_zone, p.created_at FROM plan p JOIN organization o ON o.id = p.organization_id WHERE p.id = $1',
      [planId],
    )) as { time_zone: string; created_at: Date }[];
    return {
      timeZone: row.time_zone,
      today: localDay(this.clock.now(), row.time_zone),
      planStartedOn: localDay(row.created_at, row.time_zone),
    };
  }

  /** The plan's record, in three statements whatever its size. */
  async record(manager: EntityManager, planId: string): Promise<PlanRecord> {
    const { timeZone, today } = await this.planDay(manager, planId);
    const since = shiftDay(today, RECORD_DAYS);
    const checkIns = (await manager.query(
      // The latest check-in of each person each day is the one that counts.
      `SELECT DISTINCT ON (c.member_id, c.day) to_char(c.day, 'YYYY-MM-DD') AS day, m.kind, c.attended_meeting
         FROM check_in c JOIN plan_member m ON m.id = c.member_id
        WHERE c.plan_id = $1 AND c.day >= $2
        ORDER BY c.member_id, c.day, c.created_at DESC`,
      [planId, since],
    )) as { day: string; kind: MilestoneParty; attended_meeting: boolean }[];
    const visits = (await manager.query(
      `SELECT v.contact_type, v.status, to_char(v.starts_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
              COALESCE((SELECT array_agg(DISTINCT m.kind::text) FROM visit_participant vp JOIN plan_member m ON m.id = vp.member_id
                         WHERE vp.visit_id = v.id AND vp.willingness = 'WILLING'), '{}') AS parties,
              COALESCE((SELECT json_agg(json_build_object('rating', d.rating, 'boundariesRespected', d.boundaries_respected))
                          FROM visit_debrief d WHERE d.visit_id = v.id), '[]') AS debriefs,
              (SELECT count(*)::int FROM visit_participant vp WHERE vp.visit_id = v.id AND vp.willingness = 'WILLING'
                  AND NOT EXISTS (SELECT 1 FROM visit_debrief d WHERE d.visit_id = v.id AND d.member_id = vp.member_id)) AS yet_to_reflect
         FROM visit v
        WHERE v.plan_id = $1 AND v.status IN ('COMPLETED', 'ENDED_EARLY') AND v.starts_at >= $2::date`,
      [planId, since, timeZone],
    )) as {
      contact_type: ContactType;
      status: VisitStatus;
      day: string;
      parties: MilestoneParty[];
      debriefs: { rating: number; boundariesRespected: boolean }[];
      yet_to_reflect: number;
    }[];
    return {
      today,
      timeZone,
      record: {
        checkInDays: checkIns.map((c) => ({ party: c.kind, day: c.day })),
        supportMeetingDays: checkIns
          .filter((c) => c.kind === 'FAMILY' && c.attended_meeting)
          .map((c) => c.day),
        familySessions: visits
          .filter((v) => v.contact_type === 'FAMILY_SESSION' && v.status === 'COMPLETED')
          .map((v) => ({ day: v.day, parties: v.parties })),
        visitsWentWell: visits
          .filter((v) => visitWentWell(v.status, v.debriefs, v.yet_to_reflect))
          .map((v) => ({ day: v.day, contactType: v.contact_type })),
      },
    };
  }

  /** Where a milestone stands: achieved once reached, verified or waived; otherwise what the record says. */
  state(
    m: PlanMilestone,
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

  /**
   * What a patient or family member may read of milestone progress: a count made from family
   * members' own check-ins (private to each of them and staff), or from the patient's check-ins
   * when the reader may not see those, shows only as achieved or not yet.
   */
  forMembers<
    T extends {
      party: MilestoneParty;
      measure: MilestoneMeasure | null;
      status: string;
      progress: number;
      target: number | null;
    },
  >(milestones: T[], patientCheckInsVisible: boolean): T[] {
    return milestones.map((m) => {
      const hidden =
        measuredFromFamilyCheckIns(m) ||
        (!patientCheckInsVisible && m.party === 'PATIENT' && m.measure === 'CHECK_IN_DAYS');
      if (!hidden) return m;
      return m.status === 'ACHIEVED'
        ? { ...m, progress: m.target ?? 1 }
        : { ...m, progress: 0, status: 'NOT_STARTED' };
    });
  }

  /**
   * After anything that adds to the record: milestones of the current phase that the record now
   * reaches are marked achieved for good, in the change's transaction, and audited.
   */
  async settle(manager: EntityManager, actor: Actor, planId: string): Promise<string[]> {
    const open = await manager
      .createQueryBuilder(PlanMilestone, 'm')
      .innerJoin('plan_phase', 'ph', 'ph.id = m.phase_id')
      .addSelect('ph.started_at', 'started_at')
      .where(
        `ph.plan_id = :planId AND ph.status = 'CURRENT' AND m.achieved_at IS NULL AND m.kind <> 'MANUAL'`,
        { planId },
      )
      .getRawAndEntities();
    if (open.entities.length === 0) return [];
    const plan = await this.record(manager, planId);
    const now = this.clock.now();
    const achieved: string[] = [];
    for (const [index, milestone] of open.entities.entries()) {
      const startedAt = (open.raw[index] as { started_at: Date | null }).started_at;
      const { status } = this.state(milestone, plan, startedAt);
      if (status !== milestone.status) {
        // Only ever forward: a milestone achieved (here or by a concurrent change) keeps its first date.
        await manager.update(
          PlanMilestone,
          { id: milestone.id, achievedAt: IsNull() },
          { status, achievedAt: status === 'ACHIEVED' ? now : null },
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
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isCalendarDay,
  Language,
  LAPSE_KEEPS,
  LAPSE_PAUSE_REASON,
  LAPSE_RESUME_REASON,
  redisclosureNotice,
  shiftDay,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { DomainEvent, PlanChange } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound, orNotFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { ConsentsService } from '../../planning/consents/consents.service';
import { FamilySights } from '../../planning/consents/family-sights';
import { PlansService } from '../../planning/plans/plans.service';
import { HardDaySources } from '../../track-record/hard-day-sources';
import { MilestonesService } from '../../track-record/milestones/milestones.service';
import {
  AcceptLapsePlanInput,
  CheckStepBackInInput,
  ProposeLapsePlanInput,
  RecordSomethingHappenedInput,
  ResumeAfterLapseInput,
} from './dto/lapse.inputs';
import { LapseModel, LapsePlanModel, LapsePlanVersionModel } from './dto/lapse.model';
import { Lapse } from './lapse.entity';
import { LapsePlanVersion } from './lapse-plan-version.entity';
import { LapsePlanPerson, LapseReadModel } from './lapse.read-model';
import { LapseRepository } from './lapse.repository';

/** Kept on the plan's status while it runs again: the same for every reader, and it says nothing of why. */
const RESUME_REASON = LAPSE_RESUME_REASON;

/** How the reader may see a lapse's details: staff and the patient always; family only within PROGRESS. */
interface LapseReader {
  staff: boolean;
  memberId: string | null;
  /** A family member's live consent, when it shares PROGRESS. */
  progress: { consentId: string } | null;
  seesDetails: boolean;
}

/**
 * The lapse-response plan and "something happened" (issue 13, item 2). The plan is agreed in
 * advance the way an expectation is: staff draft a version, everyone on the plan accepts that
 * same version, and a new version needs new acceptances (the old one stays in force until then).
 * When something happens, the agreed steps happen in the same change: the agreed people are told,
 * visits pause as agreed, and nothing earned is erased: the record marks one day.
 */
@Injectable()
export class LapseService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly consents: ConsentsService,
    private readonly plans: PlansService,
    private readonly milestones: MilestonesService,
    private readonly hardDays: HardDaySources,
    private readonly lapses: LapseRepository,
    private readonly reader: LapseReadModel,
    private readonly sights: FamilySights,
  ) {}

  onModuleInit(): void {
    this.hardDays.add({
      hardDaysSince: (manager, planId, since) => this.lapses.hardDaysSince(manager, planId, since),
    });
    // What a family member reads here under PROGRESS (what happened, in whose words, the pause and
    // the steps back in): this page and the patient's consent preview alike.
    this.sights.add<LapseModel[]>('PROGRESS', 'lapse page', {
      show: async (manager, of) => {
        const lapses = await this.details(manager, of.planId);
        return {
          rows: lapses,
          records: lapses.map((l) => ({
            kind: 'HARD_DAY',
            id: l.id,
            on: l.happenedOn,
            fields: {
              happenedOn: l.happenedOn,
              words: l.words,
              recordedByName: l.recordedByName,
              paused: l.paused,
              pauseEndsOn: l.pauseEndsOn,
              resumedOn: l.resumedAt ? l.resumedAt.toISOString().slice(0, 10) : null,
              stepsBackIn: l.steps.map((s) => s.words),
              stepsDone: l.steps.filter((s) => s.checkedAt).map((s) => s.words),
            },
          })),
        };
      },
    });
  }

  /** The plan as the reader may see it: every member reads the plan; a lapse's details within consent. */
  read(ctx: RequestContext, planId: string): Promise<LapsePlanModel> {
    return this.dataSource.transaction(async (manager) => {
      const actor = ctx.signedIn;
      const relation = await this.access.requirePlan(manager, actor, 'lapse.read', planId);
      const reader = await this.readerOf(manager, relation);
      const shown =
        reader.progress && relation.familyMemberId
          ? await this.sights.of<LapseModel[]>('PROGRESS', 'lapse page').show(manager, {
              planId,
              memberId: relation.familyMemberId,
              language: ctx.language,
              shared: ['PROGRESS'],
              now: ctx.now(),
            })
          : null;
      const model = await this.model(manager, planId, relation, reader, ctx.language, shown?.rows);
      if (reader.staff)
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'lapse_plan.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: ctx.origin.ip,
        });
      if (reader.progress && shown && shown.records.length > 0)
        await this.consents.disclose(
          manager,
          actor,
          planId,
          reader.progress.consentId,
          ['PROGRESS'],
          'lapse',
          ctx.origin,
          shown.records,
        );
      return model;
    });
  }

  /** Staff draft a version; everyone on the plan accepts it. The one in force stays until then. */
  propose(ctx: RequestContext, input: ProposeLapsePlanInput): Promise<LapsePlanModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, planId, now } = change;
      if (await this.lapses.openPause(manager, planId))
        throw new DomainError('LAPSE_PLAN_WHILE_PAUSED');
      const people = await this.reader.people(manager, planId);
      const active = new Set(people.filter((p) => p.active).map((p) => p.memberId));
      const told = [...new Set(input.toldMemberIds)];
      if (!told.every((id) => active.has(id)))
        throw new DomainError('LAPSE_PLAN_TELLS_OFF_PLAN', {}, { field: 'toldMemberIds' });
      const versions = await this.lapses.versions(manager, planId);
      // An earlier proposal nobody finished accepting is replaced; the agreed one stays in force.
      const replaced = versions.filter((v) => v.status === 'PROPOSED');
      for (const v of replaced) await this.lapses.setStatus(manager, v.id, 'SUPERSEDED');
      const version = await this.lapses.insertVersion(manager, {
        planId,
        version: (versions[0]?.version ?? 0) + 1,
        whatItMeans: input.whatItMeans,
        toldMemberIds: told,
        toldBy: input.toldBy ?? null,
        pausesVisits: input.pausesVisits,
        maxPauseDays: input.maxPauseDays,
        stepsBackIn: input.stepsBackIn,
        proposedByUserId: actor.userId,
        createdAt: now,
      });
      return {
        event: {
          type: 'lapse_plan.proposed',
          recordType: 'lapse_plan',
          recordId: version.id,
          details: {
            version: version.version,
            replacedVersionIds: replaced.map((v) => v.id),
          },
        },
        answer: () => this.view(change),
      };
    });
  }

  /** A member accepts the version; once everyone active on the plan has, it is the agreed plan. */
  async accept(ctx: RequestContext, input: AcceptLapsePlanInput): Promise<LapsePlanModel> {
    const found = await this.lapses.version(ctx.manager, input.versionId);
    if (!found) throw notFound('record');
    return orNotFound(
      'record',
      this.planChanges.run(ctx, found.planId, async (change) => {
        const { manager, actor, relation, planId, now } = change;
        const version = await this.lapses.version(manager, found.id);
        if (!version) throw notFound('record');
        if (version.status === 'SUPERSEDED') throw new DomainError('LAPSE_PLAN_REPLACED');
        const me = relation.memberId;
        const accepted = new Set(
          (await this.lapses.acceptances(manager, [version.id])).map((a) => a.memberId),
        );
        if (!me || accepted.has(me) || version.status === 'AGREED')
          throw new DomainError('LAPSE_PLAN_ALREADY_ACCEPTED');
        await this.lapses.accept(manager, {
          versionId: version.id,
          memberId: me,
          authorUserId: actor.userId,
          createdAt: now,
        });
        accepted.add(me);
        const everyone = (await this.reader.people(manager, planId)).filter((p) => p.active);
        const agreed = everyone.every((p) => accepted.has(p.memberId));
        let supersededVersionId: string | null = null;
        if (agreed) {
          const before = await this.lapses.agreed(manager, planId);
          if (before) {
            await this.lapses.setStatus(manager, before.id, 'SUPERSEDED');
            supersededVersionId = before.id;
          }
          await this.lapses.setStatus(manager, version.id, 'AGREED', now);
        }
        return {
          event: {
            type: 'lapse_plan.accepted',
            recordType: 'lapse_plan',
            recordId: version.id,
            details: { version: version.version, agreed, supersededVersionId },
          },
          answer: () => this.view(change),
        };
      }),
    );
  }

  /**
   * "Something happened", in kind words. With an agreed plan its steps happen in this same change:
   * the agreed people are told, visits pause as agreed (the visits' follower cancels those coming
   * up), and the plan reads "paused, following our plan". Without one, only the counselor is told:
   * nobody agreed who else should hear, and deciding it now would decide for the patient.
   */
  record(ctx: RequestContext, input: RecordSomethingHappenedInput): Promise<LapsePlanModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, relation, planId, now } = change;
      const { today } = await this.milestones.planDay(manager, planId);
      if (!isCalendarDay(input.happenedOn))
        throw new DomainError('INPUT_LAPSE_DAY', {}, { field: 'happenedOn' });
      if (input.happenedOn > today)
        throw new DomainError('LAPSE_DAY_AHEAD', {}, { field: 'happenedOn' });
      const agreed = await this.lapses.agreed(manager, planId);
      // A pause already under way (a hard day before, a concern) is not paused again.
      const pauses = !!agreed?.pausesVisits && relation.status === 'ACTIVE';
      const lapse = await this.lapses.insertLapse(manager, {
        planId,
        planVersionId: agreed?.id ?? null,
        happenedOn: input.happenedOn,
        words: input.words ?? null,
        recordedByUserId: actor.userId,
        createdAt: now,
        paused: pauses,
        pauseEndsOn: pauses && agreed ? shiftDay(today, -agreed.maxPauseDays) : null,
      });
      if (pauses) await this.plans.pause(manager, planId, LAPSE_PAUSE_REASON);
      const event: DomainEvent = {
        type: 'lapse.recorded',
        recordType: 'lapse',
        recordId: lapse.id,
        details: {
          followedVersion: agreed?.version ?? null,
          toldMemberIds: agreed?.toldMemberIds ?? [],
          paused: pauses,
        },
        // The line everyone on the plan reads: the agreed words only, never what happened.
        ...(pauses
          ? { history: { kind: 'PLAN_PAUSED', details: { reason: LAPSE_PAUSE_REASON } } }
          : {}),
      };
      return { event, answer: () => this.view(change) };
    });
  }

  /** Staff check off one agreed step back in. */
  checkStep(ctx: RequestContext, input: CheckStepBackInInput): Promise<LapsePlanModel> {
    return this.changeLapse(ctx, input.lapseId, async (change, lapse, version) => {
      const { manager, actor, now } = change;
      if (input.position >= version.stepsBackIn.length)
        throw new DomainError('LAPSE_STEP_UNKNOWN', {}, { field: 'position' });
      const checked = await this.lapses.checks(manager, [lapse.id]);
      if (checked.some((c) => c.position === input.position))
        throw new DomainError('LAPSE_STEP_ALREADY_CHECKED');
      await this.lapses.check(manager, {
        lapseId: lapse.id,
        position: input.position,
        checkedByUserId: actor.userId,
        createdAt: now,
      });
      return {
        type: 'lapse.step_checked',
        recordType: 'lapse',
        recordId: lapse.id,
        details: { position: input.position },
      };
    });
  }

  /** Once every step back in is checked off, the counselor resumes the plan. */
  resume(ctx: RequestContext, input: ResumeAfterLapseInput): Promise<LapsePlanModel> {
    return this.changeLapse(ctx, input.lapseId, async (change, lapse, version) => {
      const { manager, actor, planId, relation, now } = change;
      const checked = new Set(
        (await this.lapses.checks(manager, [lapse.id])).map((c) => c.position),
      );
      if (!version.stepsBackIn.every((_, i) => checked.has(i)))
        throw new DomainError('LAPSE_STEPS_NOT_DONE');
      await this.lapses.markResumed(manager, lapse.id, actor.userId, now);
      // Someone may have resumed the plan by hand already; the lapse is settled all the same.
      const resumes = relation.status === 'PAUSED';
      if (resumes) await this.plans.resume(manager, planId, RESUME_REASON);
      return {
        type: 'lapse.resumed',
        recordType: 'lapse',
        recordId: lapse.id,
        details: { toldMemberIds: version.toldMemberIds, resumed: resumes },
        ...(resumes
          ? { history: { kind: 'PLAN_RESUMED', details: { reason: RESUME_REASON } } }
          : {}),
      };
    });
  }

  /** For the reminders: pauses that reached the longest length agreed. */
  pausesAtLimit(manager: EntityManager, now: Date) {
    return this.lapses.pausesAtLimit(manager, now);
  }

  private async changeLapse(
    ctx: RequestContext,
    lapseId: string,
    work: (change: PlanChange, lapse: Lapse, version: LapsePlanVersion) => Promise<DomainEvent>,
  ): Promise<LapsePlanModel> {
    const found = await this.lapses.lapse(ctx.manager, lapseId);
    if (!found) throw notFound('record');
    return orNotFound(
      'record',
      this.planChanges.run(
        ctx,
        found.planId,
        async (change) => {
          const lapse = await this.lapses.lapse(change.manager, lapseId);
          if (!lapse) throw notFound('record');
          if (!lapse.paused || lapse.resumedAt || !lapse.planVersionId)
            throw new DomainError('LAPSE_NOT_PAUSED');
          const version = await this.lapses.version(change.manager, lapse.planVersionId);
          if (!version) throw notFound('record');
          return { event: await work(change, lapse, version), answer: () => this.view(change) };
        },
        { whenClosed: 'PLAN_CLOSED' },
      ),
    );
  }

  private async view(change: PlanChange): Promise<LapsePlanModel> {
    const reader = await this.readerOf(change.manager, change.relation);
    return this.model(change.manager, change.planId, change.relation, reader, change.ctx.language);
  }

  private async readerOf(manager: EntityManager, relation: PlanRelation): Promise<LapseReader> {
    const staff = relation.isAdmin || relation.isCounselorOfPlan;
    if (staff || relation.isPatient)
      return { staff, memberId: relation.memberId, progress: null, seesDetails: true };
    // Read fresh on every request: a revoked consent counts at once.
    const consent = relation.familyMemberId
      ? await this.consents.liveConsent(manager, relation.familyMemberId)
      : null;
    const progress = consent?.categories.includes('PROGRESS')
      ? { consentId: consent.consentId }
      : null;
    return { staff, memberId: relation.memberId, progress, seesDetails: progress !== null };
  }

  private async model(
    manager: EntityManager,
    planId: string,
    relation: PlanRelation,
    reader: LapseReader,
    language: Language,
    shown?: LapseModel[],
  ): Promise<LapsePlanModel> {
    const versions = await this.lapses.versions(manager, planId);
    const acceptances = await this.lapses.acceptances(
      manager,
      versions.map((v) => v.id),
    );
    const people = await this.reader.people(manager, planId);
    const byMember = new Map(people.map((p) => [p.memberId, p]));
    const names = await this.reader.names(
      manager,
      versions.map((v) => v.proposedByUserId),
    );
    const versionModel = (v: LapsePlanVersion): LapsePlanVersionModel =>
      toVersion(v, acceptances, people, byMember, names, reader.memberId);
    const models = versions.map(versionModel);
    const open = await this.lapses.openPause(manager, planId);
    const lapses = shown ?? (reader.seesDetails ? await this.details(manager, planId) : []);
    const family = !reader.staff && !relation.isPatient;
    return {
      planId,
      agreed: models.find((v) => v.status === 'AGREED') ?? null,
      versions: models,
      // Read now, not from the change's start: this very change may have paused or resumed it.
      pausedFollowingPlan:
        open !== null && (await this.plans.planState(manager, planId)).status === 'PAUSED',
      lapses,
      mayRecord: reader.staff || relation.isPatient,
      // The program's day, not the phone's: the form offers it, and the check above uses it.
      today: (await this.milestones.planDay(manager, planId)).today,
      notice: family && lapses.length > 0 ? redisclosureNotice(language) : null,
    };
  }

  /** Each time something happened, with the plan it followed and the steps back in checked so far. */
  private async details(manager: EntityManager, planId: string): Promise<LapseModel[]> {
    const all = await this.lapses.lapses(manager, planId);
    if (all.length === 0) return [];
    const versions = await this.lapses.versions(manager, planId);
    const checks = await this.lapses.checks(
      manager,
      all.map((l) => l.id),
    );
    const names = await this.reader.names(
      manager,
      all.map((l) => l.recordedByUserId),
    );
    return all.map((l) => {
      const version = versions.find((v) => v.id === l.planVersionId);
      return {
        id: l.id,
        happenedOn: l.happenedOn,
        words: l.words,
        recordedByName: names.get(l.recordedByUserId) ?? '',
        recordedAt: l.createdAt,
        followedVersion: version?.version ?? null,
        paused: l.paused,
        pauseEndsOn: l.pauseEndsOn,
        resumedAt: l.resumedAt,
        steps: (version?.stepsBackIn ?? []).map((words, position) => ({
          position,
          words,
          checkedAt:
            checks.find((c) => c.lapseId === l.id && c.position === position)?.createdAt ?? null,
        })),
      };
    });
  }
}

function toVersion(
  v: LapsePlanVersion,
  acceptances: { versionId: string; memberId: string; createdAt: Date }[],
  people: LapsePlanPerson[],
  byMember: Map<string, LapsePlanPerson>,
  names: Map<string, string>,
  me: string | null,
): LapsePlanVersionModel {
  const own = acceptances.filter((a) => a.versionId === v.id);
  // Who accepts: everyone active now, and anyone who already accepted this version.
  const parties = people.filter((p) => p.active || own.some((a) => a.memberId === p.memberId));
  const acceptedAt = (memberId: string) =>
    own.find((a) => a.memberId === memberId)?.createdAt ?? null;
  return {
    id: v.id,
    version: v.version,
    status: v.status,
    whatItMeans: v.whatItMeans,
    told: v.toldMemberIds.map((memberId) => ({
      memberId,
      displayName: byMember.get(memberId)?.displayName ?? '',
    })),
    toldBy: v.toldBy,
    pausesVisits: v.pausesVisits,
    maxPauseDays: v.maxPauseDays,
    stepsBackIn: v.stepsBackIn,
    keeps: [...LAPSE_KEEPS],
    proposedByName: names.get(v.proposedByUserId) ?? '',
    createdAt: v.createdAt,
    agreedAt: v.agreedAt,
    acceptances: parties.map((p) => ({
      memberId: p.memberId,
      displayName: p.displayName,
      acceptedAt: acceptedAt(p.memberId),
    })),
    mayAccept: v.status === 'PROPOSED' && me !== null && acceptedAt(me) === null,
  };
}

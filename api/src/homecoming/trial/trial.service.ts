import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  daysBetween,
  isCalendarDay,
  localDay,
  nextReviewDay,
  normaliseSignature,
  shiftDay,
  signatureMatches,
  TRIAL_DEFAULT_DAYS,
  TRIAL_MAX_CONDITIONS,
  TRIAL_MAX_EXTENSIONS,
  trialEndsOn,
  trialOutcomeWords,
  weekOf,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, ownPlace, PlanRelation } from '../../access/access.service';
import { contentHash } from '../../agreement/home-contract/contract-content';
import { HomeContractService } from '../../agreement/home-contract/home-contract.service';
import { AgreementReader } from '../../agreement/reader/agreement.reader';
import { AuditService } from '../../audit/audit.service';
import { DomainEvent, PlanChange, PlanChangeFollower } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { MilestonesService } from '../../track-record/milestones/milestones.service';
import { PhaseMovesService } from '../../track-record/phase-moves/phase-moves.service';
import {
  PublishTrialConditionsInput,
  ReviewTrialInput,
  SayHowHomeIsInput,
  SignTrialConditionsInput,
} from './dto/trial.inputs';
import { HomecomingTrialModel, TrialConditionModel } from './dto/trial.model';
import { TrialCondition, TrialConditionsContent } from './trial-content';
import { DueTrialReview, TrialReadModel } from './trial.read-model';
import { TrialRepository } from './trial.repository';
import { HomecomingTrial } from './trial.entity';

/** The phase moves after which a trial may start or end. */
const PHASE_MOVED = new Set(['plan.phase_advanced', 'plan.phase_stepped_back']);
const PLAN_CLOSED = 'plan.plan_closed';
/** The first review, until the counselor sets the dates: a month in. */
const FIRST_REVIEW_AFTER_DAYS = 30;
/** An extension adds at most this many days to the trial's end. */
const LONGEST_EXTENSION_DAYS = 90;

type TrialEventType = 'trial.published' | 'trial.signed' | 'trial.home_answered' | 'trial.reviewed';

function trialEvent(
  type: TrialEventType,
  recordType: string,
  recordId: string,
  details: Record<string, unknown>,
): DomainEvent<TrialEventType> {
  return { type, recordType, recordId, details };
}

/**
 * The trial homecoming (issue 15, item 1). Reaching the Homecoming phase starts it, in the same
 * change as the move; the counselor writes its conditions (drafted from what the family already
 * agreed) and its days, and publishes them as a version everyone signs; each member says weekly
 * how home is; on each review day the counselor continues, extends, or steps back — never blame.
 * The trial ends "home" when the plan moves on, "stepped back, for now" when it steps back.
 */
@Injectable()
export class TrialService implements OnModuleInit, PlanChangeFollower {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly phaseMoves: PhaseMovesService,
    private readonly milestones: MilestonesService,
    private readonly contracts: HomeContractService,
    private readonly agreement: AgreementReader,
    private readonly trials: TrialRepository,
    private readonly reader: TrialReadModel,
  ) {}

  /** A trial follows the plan's phase moves, in the move's own transaction. */
  onModuleInit(): void {
    this.planChanges.follow(this);
  }

  /**
   * When the plan closes, its open trial ends with it.
   * After a phase move: the open trial ends if the plan left its phase (moving up: home; back:
   * for now), and one starts when the phase now current is Homecoming (by its stage, never its name).
   */
  async followChange(
    { manager, planId, now }: PlanChange,
    event: DomainEvent,
  ): Promise<Record<string, unknown> | void> {
    if (event.type === PLAN_CLOSED) return this.endWithThePlan(manager, planId, now);
    if (!PHASE_MOVED.has(event.type)) return;
    const current = await this.phaseMoves.currentPhase(manager, planId);
    const open = await this.trials.open(manager, planId);
    const followed: Record<string, unknown> = {};
    if (open && open.phaseId !== current?.id) {
      const outcome = event.type === 'plan.phase_advanced' ? 'HOME' : 'STEPPED_BACK';
      await this.trials.end(manager, open.id, outcome, now);
      followed['trialEnded'] = { trialId: open.id, outcome };
    }
    if (current?.stage === 'HOMECOMING' && open?.phaseId !== current.id) {
      const { today } = await this.milestones.planDay(manager, planId);
      const trial = await this.trials.start(manager, {
        planId,
        phaseId: current.id,
        startDay: today,
        maxDays: TRIAL_DEFAULT_DAYS,
        endsOn: trialEndsOn(today, TRIAL_DEFAULT_DAYS),
        reviewDays: [shiftDay(today, -FIRST_REVIEW_AFTER_DAYS)],
        startedAt: now,
      });
      followed['trialStarted'] = trial.id;
    }
    if (Object.keys(followed).length > 0) return followed;
  }

  /** A plan closed while its trial was under way: the trial ends with it, nobody's doing. */
  private async endWithThePlan(
    manager: EntityManager,
    planId: string,
    now: Date,
  ): Promise<Record<string, unknown> | void> {
    const open = await this.trials.open(manager, planId);
    if (!open) return;
    await this.trials.end(manager, open.id, 'PLAN_CLOSED', now);
    return { trialEnded: { trialId: open.id, outcome: 'PLAN_CLOSED' } };
  }

  /** The plan's latest trial as the reader may see it; null before the plan reached Homecoming. */
  read(ctx: RequestContext, planId: string): Promise<HomecomingTrialModel | null> {
    return this.dataSource.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const relation = await this.access.requirePlan(manager, tx.signedIn, 'trial.read', planId);
      const trial = await this.trials.latest(manager, planId);
      if (!trial) return null;
      const staff = relation.isAdmin || relation.isCounselorOfPlan;
      if (staff)
        await this.audit.record(manager, {
          organizationId: tx.signedIn.organizationId,
          actorUserId: tx.signedIn.userId,
          action: 'trial.viewed',
          recordType: 'homecoming_trial',
          recordId: trial.id,
          ip: tx.origin.ip,
        });
      return this.model(tx, relation, trial);
    });
  }

  /** The counselor publishes the conditions and days as a new version: everyone signs it anew. */
  publish(ctx: RequestContext, input: PublishTrialConditionsInput): Promise<HomecomingTrialModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, planId, now, relation } = change;
      const trial = await this.openTrial(manager, planId);
      const drafted = await this.drafted(manager, planId);
      const conditions = input.conditions.map((c): TrialCondition => {
        if (c.source === 'COUNSELOR') {
          if (!c.text)
            throw new DomainError(
              'INPUT_TRIAL_CONDITIONS',
              { max: TRIAL_MAX_CONDITIONS },
              { field: 'conditions' },
            );
          return {
            text: c.text,
            note: null,
            source: 'COUNSELOR',
            sourceId: null,
            sourceVersion: null,
            byName: null,
          };
        }
        // The agreement's words are copied as they stand, with where they came from.
        const from = drafted.find((d) => d.source === c.source && d.sourceId === c.sourceId);
        if (!from) throw new DomainError('TRIAL_SOURCE_GONE', {}, { field: 'conditions' });
        return from;
      });
      if (!isCalendarDay(input.startDay))
        throw new DomainError('INPUT_TRIAL_DAY', {}, { field: 'startDay' });
      // Home before the trial began would make every review day due at once.
      const began = localDay(
        trial.startedAt,
        (await this.milestones.planDay(manager, planId)).timeZone,
      );
      if (input.startDay < began)
        throw new DomainError('INPUT_TRIAL_START', { day: began }, { field: 'startDay' });
      const endsOn = trialEndsOn(input.startDay, input.maxDays);
      const reviewDays = [...new Set(input.reviewDays)].sort();
      if (!reviewDays.every((d) => isCalendarDay(d) && d > input.startDay && d <= endsOn))
        throw new DomainError(
          'TRIAL_REVIEW_DAYS_OUTSIDE',
          { from: input.startDay, to: endsOn },
          { field: 'reviewDays' },
        );
      const content: TrialConditionsContent = {
        conditions,
        startDay: input.startDay,
        maxDays: input.maxDays,
        endsOn,
        reviewDays,
      };
      const hash = contentHash(content);
      const [latest] = await this.trials.versions(manager, trial.id);
      const answer = async () =>
        this.model(change.ctx, relation, (await this.trials.open(manager, planId)) ?? trial);
      // The same conditions published again change nothing and ask nobody to sign again.
      if (latest?.contentHash === hash) return { event: null, answer };
      const version = await this.trials.insertVersion(manager, {
        trialId: trial.id,
        version: (latest?.version ?? 0) + 1,
        content,
        contentHash: hash,
        publishedByUserId: actor.userId,
        createdAt: now,
      });
      await this.trials.setSchedule(manager, trial.id, {
        startDay: input.startDay,
        maxDays: input.maxDays,
        endsOn,
        reviewDays,
        extensions: trial.extensions,
      });
      return {
        event: trialEvent('trial.published', 'trial_conditions_version', version.id, {
          trialId: trial.id,
          version: version.version,
          conditions: conditions.length,
          startDay: input.startDay,
          endsOn,
          reviewDays,
          replacedVersionId: latest?.id ?? null,
        }),
        answer,
      };
    });
  }

  /** A member signs the current version (typed full name, time, the version's hash), as the home contract is signed. */
  sign(ctx: RequestContext, input: SignTrialConditionsInput): Promise<HomecomingTrialModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, planId, now, relation } = change;
      const me = ownPlace(relation);
      const trial = await this.openTrial(manager, planId);
      const [latest] = await this.trials.versions(manager, trial.id);
      if (!latest) throw new DomainError('TRIAL_NOT_PUBLISHED');
      if (input.version > latest.version) throw notFound('record');
      if (input.version < latest.version)
        throw new DomainError('TRIAL_VERSION_STALE', {
          read: input.version,
          current: latest.version,
        });
      const name = await this.agreement.accountName(manager, actor.userId);
      if (!signatureMatches(input.typedName, name))
        throw new DomainError('CONTRACT_SIGNATURE_NAME_MISMATCH', { name }, { field: 'typedName' });
      const signatures = await this.trials.signatures(manager, latest.id);
      if (signatures.some((s) => s.memberId === me))
        throw new DomainError('TRIAL_ALREADY_SIGNED', { version: latest.version });
      await this.trials.insertSignature(manager, {
        versionId: latest.id,
        memberId: me,
        typedName: normaliseSignature(input.typedName),
        contentHash: latest.contentHash,
        signedAt: now,
      });
      return {
        event: trialEvent('trial.signed', 'trial_conditions_version', latest.id, {
          trialId: trial.id,
          version: latest.version,
          memberId: me,
        }),
        answer: () => this.model(change.ctx, relation, trial),
      };
    });
  }

  /** A member's weekly "how is home?": once a week (the program's week), theirs and staff's to read. */
  sayHowHomeIs(ctx: RequestContext, input: SayHowHomeIsInput): Promise<HomecomingTrialModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, planId, now, relation } = change;
      const me = ownPlace(relation);
      const trial = await this.openTrial(manager, planId);
      const week = weekOf((await this.milestones.planDay(manager, planId)).today);
      if (await this.trials.answered(manager, trial.id, me, week))
        throw new DomainError('TRIAL_HOME_ANSWERED', { weekOf: week });
      const answer = await this.trials.insertAnswer(manager, {
        trialId: trial.id,
        memberId: me,
        authorUserId: actor.userId,
        weekOf: week,
        rating: input.rating,
        words: input.words ?? null,
        createdAt: now,
      });
      return {
        // What they said stays out of the events: it is theirs and staff's to read, on the page.
        event: trialEvent('trial.home_answered', 'home_answer', answer.id, {
          trialId: trial.id,
          weekOf: week,
        }),
        answer: () => this.model(change.ctx, relation, trial),
      };
    });
  }

  /** The counselor's review on a review day: continue, extend (a limited number of times), or step back. */
  review(ctx: RequestContext, input: ReviewTrialInput): Promise<HomecomingTrialModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, planId, now, relation } = change;
      const trial = await this.openTrial(manager, planId);
      const { today } = await this.milestones.planDay(manager, planId);
      const reviewed = (await this.trials.reviews(manager, trial.id)).map((r) => r.reviewDay);
      const due = nextReviewDay(trial.reviewDays, reviewed);
      if (!due || due > today)
        throw new DomainError('TRIAL_REVIEW_NOT_DUE', { day: due ?? trial.endsOn });
      const also: DomainEvent[] = [];
      let newEndsOn: string | null = null;
      let newReviewDay: string | null = null;
      if (input.outcome === 'EXTEND') {
        if (trial.extensions >= TRIAL_MAX_EXTENSIONS)
          throw new DomainError('TRIAL_EXTENSIONS_USED', { max: TRIAL_MAX_EXTENSIONS });
        const latest = shiftDay(trial.endsOn, -LONGEST_EXTENSION_DAYS);
        newEndsOn = input.newEndsOn ?? null;
        newReviewDay = input.newReviewDay ?? null;
        if (
          !newEndsOn ||
          !newReviewDay ||
          !isCalendarDay(newEndsOn) ||
          !isCalendarDay(newReviewDay) ||
          newEndsOn <= trial.endsOn ||
          newEndsOn > latest ||
          newReviewDay <= today ||
          newReviewDay > newEndsOn
        )
          throw new DomainError(
            'TRIAL_EXTEND_DAYS',
            { after: trial.endsOn, latest },
            { field: 'newEndsOn' },
          );
        await this.trials.setSchedule(manager, trial.id, {
          startDay: trial.startDay,
          maxDays: daysBetween(trial.startDay, newEndsOn),
          endsOn: newEndsOn,
          reviewDays: [...new Set([...trial.reviewDays, newReviewDay])].sort(),
          extensions: trial.extensions + 1,
        });
      }
      if (input.outcome === 'STEP_BACK') {
        if (!input.reason)
          throw new DomainError('TRIAL_STEP_BACK_NEEDS_WORDS', {}, { field: 'reason' });
        await this.trials.end(manager, trial.id, 'STEPPED_BACK', now);
        // The existing step back, in this same change: the plan and its history move together.
        also.push(await this.phaseMoves.stepBackWithin(change, input.reason, 0));
      }
      const review = await this.trials.insertReview(manager, {
        trialId: trial.id,
        reviewDay: due,
        outcome: input.outcome,
        reason: input.reason ?? null,
        newEndsOn,
        newReviewDay,
        reviewedByUserId: actor.userId,
        createdAt: now,
      });
      return {
        event: trialEvent('trial.reviewed', 'trial_review', review.id, {
          trialId: trial.id,
          outcome: input.outcome,
          reviewDay: due,
          newEndsOn,
          newReviewDay,
          extensions: trial.extensions + (input.outcome === 'EXTEND' ? 1 : 0),
        }),
        also,
        answer: async () =>
          this.model(change.ctx, relation, (await this.trials.latest(manager, planId)) ?? trial),
      };
    });
  }

  /** Open trials whose next review day has come in their program's time zone (the reminders sweep). */
  reviewsDue(manager: EntityManager, now: Date): Promise<DueTrialReview[]> {
    return this.reader.reviewsDue(manager, now);
  }

  private async openTrial(manager: EntityManager, planId: string): Promise<HomecomingTrial> {
    const trial = await this.trials.open(manager, planId);
    if (!trial) throw new DomainError('TRIAL_NONE');
    return trial;
  }

  /** The agreed expectations and acknowledged boundaries, read through the home contract, as conditions. */
  private async drafted(manager: EntityManager, planId: string): Promise<TrialCondition[]> {
    const content = this.contracts.content(await this.agreement.load(manager, [planId]), planId);
    return [
      ...content.expectations.map((e): TrialCondition => ({
        text: e.text,
        note: null,
        source: 'EXPECTATION',
        sourceId: e.id,
        sourceVersion: e.version,
        byName: e.fromName,
      })),
      ...content.boundaries.map((b): TrialCondition => ({
        text: b.need,
        note: b.ifCrossed || null,
        source: 'BOUNDARY',
        sourceId: b.id,
        sourceVersion: b.version,
        byName: b.ownerName,
      })),
    ];
  }

  private async model(
    ctx: RequestContext,
    relation: PlanRelation,
    trial: HomecomingTrial,
  ): Promise<HomecomingTrialModel> {
    const { manager } = ctx;
    const staff = relation.isAdmin || relation.isCounselorOfPlan;
    const people = await this.reader.people(manager, trial.planId);
    const nameOf = (memberId: string) =>
      people.find((p) => p.memberId === memberId)?.displayName ?? '';
    const order = (memberId: string) => people.findIndex((p) => p.memberId === memberId);
    const [latest] = await this.trials.versions(manager, trial.id);
    const signatures = latest ? await this.trials.signatures(manager, latest.id) : [];
    const signed = new Set(signatures.map((s) => s.memberId));
    const awaiting = people.filter((p) => p.active && !signed.has(p.memberId));
    const answers =
      staff || relation.memberId
        ? await this.trials.answers(manager, trial.id, staff ? null : relation.memberId)
        : [];
    const reviews = await this.trials.reviews(manager, trial.id);
    const names = await this.reader.userNames(
      manager,
      reviews.map((r) => r.reviewedByUserId),
    );
    const { today } = await this.milestones.planDay(manager, trial.planId);
    const week = weekOf(today);
    const next =
      trial.status === 'OPEN'
        ? nextReviewDay(
            trial.reviewDays,
            reviews.map((r) => r.reviewDay),
          )
        : null;
    const drafted: TrialConditionModel[] =
      staff && trial.status === 'OPEN' ? await this.drafted(manager, trial.planId) : [];
    return {
      id: trial.id,
      planId: trial.planId,
      status: trial.status,
      outcome: trial.outcome,
      outcomeWords: trial.outcome ? trialOutcomeWords(trial.outcome, ctx.language) : null,
      startedAt: trial.startedAt,
      startDay: trial.startDay,
      maxDays: trial.maxDays,
      endsOn: trial.endsOn,
      reviewDays: trial.reviewDays,
      nextReviewDay: next,
      reviewDue: next !== null && next <= today,
      extensions: trial.extensions,
      extensionsLeft: Math.max(0, TRIAL_MAX_EXTENSIONS - trial.extensions),
      today,
      weekOf: week,
      drafted,
      current: latest
        ? {
            version: latest.version,
            conditions: latest.content.conditions,
            startDay: latest.content.startDay,
            maxDays: latest.content.maxDays,
            endsOn: latest.content.endsOn,
            reviewDays: latest.content.reviewDays,
            contentHash: latest.contentHash,
            publishedAt: latest.createdAt,
            // In the plan's order of people (the patient first), so "who signed" reads the same way each time.
            signatures: [...signatures]
              .sort((x, y) => order(x.memberId) - order(y.memberId))
              .map((s) => ({
                memberId: s.memberId,
                displayName: nameOf(s.memberId),
                typedName: s.typedName,
                signedAt: s.signedAt,
              })),
            awaitingSignatureFrom: awaiting.map((p) => p.displayName),
            signedByAll: awaiting.length === 0,
          }
        : null,
      awaitingMySignature:
        trial.status === 'OPEN' &&
        !!latest &&
        relation.memberId !== null &&
        awaiting.some((p) => p.memberId === relation.memberId),
      answeredThisWeek:
        relation.memberId !== null &&
        answers.some((a) => a.memberId === relation.memberId && a.weekOf === week),
      homeAnswers: answers.map((a) => ({
        id: a.id,
        memberId: a.memberId,
        displayName: nameOf(a.memberId),
        weekOf: a.weekOf,
        rating: a.rating,
        words: a.words,
        answeredAt: a.createdAt,
        mine: a.memberId === relation.memberId,
      })),
      reviews: reviews.map((r) => ({
        reviewDay: r.reviewDay,
        outcome: r.outcome,
        reason: r.reason,
        newEndsOn: r.newEndsOn,
        newReviewDay: r.newReviewDay,
        reviewedByName: names.get(r.reviewedByUserId) ?? '',
        reviewedAt: r.createdAt,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConcernReader, concernIsOpen, seesConcern, seesRaisersWords } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanPermission, PlanRelation } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { DomainEvent, PlanChange } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { Actor } from '../../platform/actor';
import { DomainError, notFound, orNotFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { PlansService } from '../../planning/plans/plans.service';
import { Concern } from './concern.entity';
import { ConcernRepairReadModel, RepairRow } from './concern-repair.read-model';
import { ConcernsReadModel, PlanPerson } from './concerns.read-model';
import { ConcernEntryRow, ConcernsRepository } from './concerns.repository';
import {
  CloseConcernInput,
  CommentOnConcernInput,
  OpenConcernDiscussionInput,
  PauseVisitsForConcernInput,
  RaiseConcernInput,
  ReviewConcernInput,
} from './dto/concern.inputs';
import { ConcernModel, ConcernQueueItemModel, RepairAgreementModel } from './dto/concern.model';

/** The pause's words are read by everyone on the plan: they never say why, so nothing of the concern leaks. */
const PAUSE_REASON = 'Visits are paused for now while the counselor talks things through.';

export function readerOf(actor: Actor, relation: PlanRelation): ConcernReader {
  return {
    staff: relation.isAdmin || relation.isCounselorOfPlan,
    memberId: relation.memberId,
    userId: actor.userId,
  };
}

/**
 * Concerns (issue 12, DESIGN principle 7): any member raises one; staff see it first, review and
 * frame it, bring the people involved into a conversation, and it settles with a repair kept or a
 * kind reason. Every change takes the plan's one road; every word is a new row.
 */
@Injectable()
export class ConcernsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly concerns: ConcernsRepository,
    private readonly reader: ConcernsReadModel,
    private readonly repairs: ConcernRepairReadModel,
    private readonly plans: PlansService,
  ) {}

  raise(ctx: RequestContext, input: RaiseConcernInput): Promise<ConcernModel> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async (change) => {
        const { manager, actor, relation, now, planId } = change;
        const me = relation.memberId;
        const subjectId = {
          BOUNDARY: input.boundaryId,
          EXPECTATION: input.expectationId,
          VISIT: input.visitId,
          SAFETY: undefined,
        }[input.subject];
        if (input.subject !== 'SAFETY') {
          const field = `${input.subject.toLowerCase()}Id`;
          if (!subjectId) throw new DomainError('CONCERN_SUBJECT_MISSING', {}, { field });
          const staff = readerOf(actor, relation).staff;
          if (
            !(await this.reader.subjectInvolves(
              manager,
              planId,
              input.subject,
              subjectId,
              staff ? null : me,
            ))
          )
            throw new DomainError('CONCERN_SUBJECT_NOT_ON_PLAN', {}, { field });
        }
        const about = [...new Set(input.aboutMemberIds)];
        if (me && about.includes(me))
          throw new DomainError('CONCERN_ABOUT_SELF', {}, { field: 'aboutMemberIds' });
        await this.requireActive(manager, planId, about, 'aboutMemberIds');
        const concern = await this.concerns.insert(manager, {
          planId,
          raisedByUserId: actor.userId,
          raisedByMemberId: me,
          subject: input.subject,
          boundaryId: input.subject === 'BOUNDARY' ? (subjectId ?? null) : null,
          expectationId: input.subject === 'EXPECTATION' ? (subjectId ?? null) : null,
          visitId: input.subject === 'VISIT' ? (subjectId ?? null) : null,
          aboutMemberIds: about,
          // Their safety weighs as SAFETY whatever else was chosen.
          severity: input.subject === 'SAFETY' ? 'SAFETY' : input.severity,
          shareOwnWords: input.shareOwnWords,
          createdAt: now,
        });
        await this.concerns.insertEntry(manager, {
          concernId: concern.id,
          kind: 'RAISED',
          authorUserId: actor.userId,
          words: input.words,
          createdAt: now,
        });
        return {
          event: await this.event(manager, 'concern.raised', concern, []),
          answer: () => this.view(change, concern.id),
        };
      },
      { whenClosed: 'CONCERN_PLAN_CLOSED' },
    );
  }

  /** Staff frame it in their words (each framing a new row); the people it is about can now see it. */
  review(ctx: RequestContext, input: ReviewConcernInput): Promise<ConcernModel> {
    return this.change(ctx, input.concernId, async (change, concern) => {
      const { manager, actor, now } = change;
      this.requireOpen(concern);
      await this.concerns.insertEntry(manager, {
        concernId: concern.id,
        kind: 'FRAMING',
        authorUserId: actor.userId,
        words: input.framing,
        createdAt: now,
      });
      const first = concern.reviewedAt === null;
      if (first) {
        await this.concerns.markReviewed(manager, concern.id, actor.userId, now);
        concern.reviewedAt = now;
      }
      const newly = first ? this.nonRaisers(concern, concern.aboutMemberIds) : [];
      return this.event(manager, 'concern.reviewed', concern, newly);
    });
  }

  /** The counselor brings the people involved into a conversation on the concern. */
  openDiscussion(ctx: RequestContext, input: OpenConcernDiscussionInput): Promise<ConcernModel> {
    return this.change(ctx, input.concernId, async (change, concern) => {
      const { manager, planId } = change;
      this.requireOpen(concern);
      if (!concern.reviewedAt) throw new DomainError('CONCERN_NOT_REVIEWED');
      const parties = [
        ...new Set([
          ...(concern.raisedByMemberId ? [concern.raisedByMemberId] : []),
          ...concern.aboutMemberIds,
          ...concern.partyMemberIds,
          ...input.partyMemberIds,
        ]),
      ];
      await this.requireActive(manager, planId, input.partyMemberIds, 'partyMemberIds');
      const before = new Set([...concern.aboutMemberIds, ...concern.partyMemberIds]);
      await this.concerns.openDiscussion(manager, concern.id, parties);
      concern.partyMemberIds = parties;
      concern.status = 'IN_DISCUSSION';
      const newly = this.nonRaisers(
        concern,
        parties.filter((id) => !before.has(id)),
      );
      return this.event(manager, 'concern.discussion_opened', concern, newly);
    });
  }

  /** A word in the conversation: staff, the raiser, and the people it involves once reviewed. */
  comment(ctx: RequestContext, input: CommentOnConcernInput): Promise<ConcernModel> {
    return this.change(ctx, input.concernId, async (change, concern) => {
      const { manager, actor, now } = change;
      this.requireOpen(concern);
      await this.concerns.insertEntry(manager, {
        concernId: concern.id,
        kind: 'COMMENT',
        authorUserId: actor.userId,
        words: input.words,
        createdAt: now,
      });
      return this.event(manager, 'concern.commented', concern, []);
    });
  }

  /** Closed with a kind reason ("talked it through"); it stays in the plan's record. */
  close(ctx: RequestContext, input: CloseConcernInput): Promise<ConcernModel> {
    return this.change(ctx, input.concernId, async (change, concern) => {
      const { manager, now } = change;
      this.requireOpen(concern);
      await this.concerns.settle(manager, concern.id, 'CLOSED', input.reason, now);
      concern.status = 'CLOSED';
      const event = await this.event(manager, 'concern.closed', concern, []);
      // A repair still waiting for acceptance no longer waits on anyone: its requests are settled.
      const repair = (await this.repairs.current(manager, [concern.id])).get(concern.id);
      event.details = {
        ...event.details,
        reason: input.reason,
        ...(repair ? { closedAgreementId: repair.id } : {}),
      };
      return event;
    });
  }

  /**
   * One step for a counselor worried about safety: the plan pauses, so its upcoming visits are
   * cancelled (the visits' follower) and none are scheduled until it resumes.
   */
  pauseVisits(ctx: RequestContext, input: PauseVisitsForConcernInput): Promise<ConcernModel> {
    return this.change(
      ctx,
      input.concernId,
      async ({ manager, planId }, concern) => {
        await this.plans.pause(manager, planId, PAUSE_REASON);
        return {
          type: 'plan.plan_paused',
          recordType: 'plan',
          recordId: planId,
          details: { reason: PAUSE_REASON, concernId: concern.id },
          // The history line everyone on the plan reads: the reason only, never the concern.
          history: { kind: 'PLAN_PAUSED', details: { reason: PAUSE_REASON } },
        };
      },
      { whenNotActive: 'CONCERN_PLAN_NOT_ACTIVE' },
    );
  }

  /** The concerns of a plan the reader may see, newest first. Staff reading them is recorded. */
  list(ctx: RequestContext, planId: string): Promise<ConcernModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const actor = ctx.signedIn;
      const relation = await this.access.requirePlan(manager, actor, 'concern.read', planId);
      const reader = readerOf(actor, relation);
      const seen = (await this.concerns.ofPlan(manager, planId)).filter((c) =>
        seesConcern(reader, c),
      );
      if (reader.staff) await this.recordRead(ctx, manager, planId);
      return this.models(manager, reader, seen);
    });
  }

  /** One concern, when the reader may see it; otherwise it does not exist for them. */
  async one(ctx: RequestContext, concernId: string): Promise<ConcernModel> {
    return this.dataSource.transaction(async (manager) => {
      const actor = ctx.signedIn;
      const planId = await this.concerns.planOf(manager, concernId);
      if (!planId) throw notFound('concern');
      const relation = await orNotFound(
        'concern',
        this.access.requirePlan(manager, actor, 'concern.read', planId),
      );
      const reader = readerOf(actor, relation);
      const concern = await this.concerns.byId(manager, concernId);
      if (!concern || !seesConcern(reader, concern)) throw notFound('concern');
      if (reader.staff) await this.recordRead(ctx, manager, planId);
      const [model] = await this.models(manager, reader, [concern]);
      return model;
    });
  }

  /** The staff's queue across the plans they look after: SAFETY first, then the oldest. */
  queue(ctx: RequestContext, first: number): Promise<ConcernQueueItemModel[]> {
    return this.reader.queue(ctx.manager, ctx.signedIn, first);
  }

  // What repair agreements build on (they stand on concerns, never the other way round).

  /**
   * A change to a concern the actor may see, on the plan's one road with the declared permission;
   * a concern the actor may not see answers NOT_FOUND, exactly as one that does not exist.
   */
  async change(
    ctx: RequestContext,
    concernId: string,
    /** The change's event, or its events in order (a repair kept, then the concern resolved). */
    work: (change: PlanChange, concern: Concern) => Promise<DomainEvent | DomainEvent[]>,
    options: { whenNotActive?: 'CONCERN_PLAN_NOT_ACTIVE'; permission?: PlanPermission } = {},
  ): Promise<ConcernModel> {
    const planId = await this.concerns.planOf(ctx.manager, concernId);
    if (!planId) throw notFound('concern');
    return orNotFound(
      'concern',
      this.planChanges.run(
        ctx,
        planId,
        async (change) => {
          const concern = await this.concerns.byId(change.manager, concernId);
          if (!concern || !seesConcern(readerOf(change.actor, change.relation), concern))
            throw notFound('concern');
          const [event, ...also] = [await work(change, concern)].flat();
          return { event, also, answer: () => this.view(change, concernId) };
        },
        { whenClosed: 'CONCERN_PLAN_CLOSED', ...options },
      ),
    );
  }

  /** Marks a concern resolved: its repair was kept, every commitment confirmed. */
  async resolve(manager: EntityManager, concern: Concern, at: Date): Promise<DomainEvent> {
    await this.concerns.settle(manager, concern.id, 'RESOLVED', null, at);
    concern.status = 'RESOLVED';
    return this.event(manager, 'concern.resolved', concern, []);
  }

  /** The event of a change to a concern, naming who may hear of it (ids, never words). */
  async event(
    manager: EntityManager,
    type: string,
    concern: Concern,
    newlySeenByMemberIds: string[],
  ): Promise<DomainEvent> {
    const people = await this.reader.people(manager, concern.planId);
    const seenByUserIds = people
      .filter(
        (p) =>
          p.active &&
          p.userId !== null &&
          seesConcern({ staff: false, memberId: p.memberId, userId: p.userId }, concern),
      )
      .map((p) => p.userId as string);
    return {
      type,
      recordType: 'concern',
      recordId: concern.id,
      details: {
        severity: concern.severity,
        status: concern.status,
        seenByUserIds,
        newlySeenByMemberIds,
      },
    };
  }

  requireOpen(concern: Concern): void {
    if (!concernIsOpen(concern.status)) throw new DomainError('CONCERN_SETTLED');
  }

  /** The concern as the change's actor now sees it. */
  async view(change: Pick<PlanChange, 'manager' | 'actor' | 'relation'>, concernId: string) {
    const concern = await this.concerns.byId(change.manager, concernId);
    if (!concern) throw notFound('concern');
    const [model] = await this.models(change.manager, readerOf(change.actor, change.relation), [
      concern,
    ]);
    return model;
  }

  /** The plan's patient and family members, for checking who a repair's commitments are for. */
  people(manager: EntityManager, planId: string): Promise<PlanPerson[]> {
    return this.reader.people(manager, planId);
  }

  private nonRaisers(concern: Concern, memberIds: string[]): string[] {
    return memberIds.filter((id) => id !== concern.raisedByMemberId);
  }

  private async requireActive(
    manager: EntityManager,
    planId: string,
    memberIds: string[],
    field: string,
  ): Promise<void> {
    if (memberIds.length === 0) return;
    const active = new Set(
      (await this.reader.people(manager, planId)).filter((p) => p.active).map((p) => p.memberId),
    );
    if (!memberIds.every((id) => active.has(id)))
      throw new DomainError('CONCERN_ABOUT_NOT_ON_PLAN', {}, { field });
  }

  private async recordRead(ctx: RequestContext, manager: EntityManager, planId: string) {
    const actor = ctx.signedIn;
    await this.audit.record(manager, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'concerns.viewed',
      recordType: 'plan',
      recordId: planId,
      ip: ctx.origin.ip,
    });
  }

  private async models(
    manager: EntityManager,
    reader: ConcernReader,
    concerns: Concern[],
  ): Promise<ConcernModel[]> {
    if (concerns.length === 0) return [];
    const ids = concerns.map((c) => c.id);
    const entries = await this.concerns.entries(manager, ids);
    const repairs = await this.repairs.current(manager, ids);
    const people = new Map(
      (await this.reader.people(manager, concerns[0].planId)).map((p) => [p.memberId, p]),
    );
    const person = (memberId: string) => ({
      memberId,
      displayName: people.get(memberId)?.displayName ?? '',
    });
    const models: ConcernModel[] = [];
    for (const concern of concerns) {
      const own = entries.filter((e) => e.concernId === concern.id);
      const raiser = own.find((e) => e.kind === 'RAISED');
      models.push({
        id: concern.id,
        planId: concern.planId,
        subject: concern.subject,
        boundaryId: concern.boundaryId,
        expectationId: concern.expectationId,
        visitId: concern.visitId,
        severity: concern.severity,
        status: concern.status,
        raisedByName: raiser?.authorName ?? '',
        raisedByMe:
          reader.userId === concern.raisedByUserId ||
          (reader.memberId !== null && reader.memberId === concern.raisedByMemberId),
        about: concern.aboutMemberIds.map(person),
        parties: concern.partyMemberIds.map(person),
        shareOwnWords: concern.shareOwnWords,
        reviewed: concern.reviewedAt !== null,
        closeReason: concern.closeReason,
        createdAt: concern.createdAt,
        settledAt: concern.settledAt,
        entries: visibleEntries(reader, concern, own),
        repair: toRepair(repairs.get(concern.id), reader),
      });
    }
    return models;
  }
}

/**
 * The raiser's words only to staff, the raiser, or everyone when the raiser agreed; to the others
 * the counselor's latest framing (staff and the raiser see each framing); the conversation to all
 * who see the concern.
 */
function visibleEntries(reader: ConcernReader, concern: Concern, entries: ConcernEntryRow[]) {
  const framings = entries.filter((e) => e.kind === 'FRAMING');
  const latestFraming = framings.at(-1);
  const insider = seesRaisersWords(reader, { ...concern, shareOwnWords: false });
  return entries
    .filter((e) => {
      if (e.kind === 'RAISED') return seesRaisersWords(reader, concern);
      if (e.kind === 'FRAMING') return insider || e === latestFraming;
      return true;
    })
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      words: e.words,
      authorName: e.authorName,
      createdAt: e.createdAt,
    }));
}

function toRepair(row: RepairRow | undefined, reader: ConcernReader): RepairAgreementModel | null {
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    createdAt: row.createdAt,
    commitments: row.commitments.map((c) => ({
      ...c,
      mine: reader.memberId !== null && c.memberId === reader.memberId,
    })),
  };
}

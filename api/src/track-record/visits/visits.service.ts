import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ContactType,
  redisclosureNotice,
  visitClosingNoteIn,
  VisitRefusal,
  visitRefusals,
  Willingness,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, ownPlace, PlanRelation } from '../../access/access.service';
import {
  closingNoteFor,
  disclosesPatientReflection,
  seesVisit,
  shownDebriefs,
  visitReader,
} from '../../access/visibility/visits';
import { AuditService } from '../../audit/audit.service';
import { DomainEvent, PlanChange } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { Actor } from '../../platform/actor';
import { DomainError, notFound, orNotFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { ConsentsService } from '../../planning/consents/consents.service';
import { FamilySights, SharedRecord } from '../../planning/consents/family-sights';
import { PlansService } from '../../planning/plans/plans.service';
import {
  ApproveVisitInput,
  CloseVisitInput,
  DebriefVisitInput,
  RequestVisitInput,
  RespondToVisitInput,
  VisitModel,
} from './dto/visit.model';
import { DebriefListRow, VisitListRow, VisitMemberRow, VisitsReader } from './visits.reader';

/** A patient's reflection a family member reads on a visit they took part in (VISIT_REFLECTIONS). */
type SharedReflection = DebriefListRow & { visitStartsAt: Date };
import { VisitsRepository } from './visits.repository';
import { Visit } from './visit.entity';

/** A refusal to schedule: its reason, and the params its words need (the phase as stored, the contact). */
function refusal(reason: VisitRefusal, phase: string, contactType: ContactType): DomainError {
  switch (reason) {
    case 'CONTACT_TYPE_NOT_ALLOWED':
      return new DomainError(reason, { phase, contactType });
    case 'NEEDS_SUPERVISOR':
      return new DomainError(reason, { contactType });
    default:
      return new DomainError(reason);
  }
}

const VISIT_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

/** Visits (DESIGN §3, rule 3): requested, approved by staff, confirmed by each participant, debriefed afterwards. */
@Injectable()
export class VisitsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly consents: ConsentsService,
    private readonly plans: PlansService,
    private readonly planChanges: PlanChanges,
    private readonly visits: VisitsRepository,
    private readonly reader: VisitsReader,
    private readonly sights: FamilySights,
  ) {}

  /** After a pause, a step back, or a change in who takes part, upcoming visits the plan no longer allows are cancelled. */
  onModuleInit(): void {
    this.planChanges.follow({ followChange: (change) => this.cancelNotAllowed(change) });
    // The patient's reflections a family member reads on their visits: this page and the preview alike.
    this.sights.add<SharedReflection[]>('VISIT_REFLECTIONS', 'visits', {
      show: async (manager, of) => {
        const since = new Date(of.now.getTime() - VISIT_WINDOW_DAYS * DAY_MS);
        const visits = await this.reader.since(manager, of.planId, since);
        const participants = await this.reader.participants(
          manager,
          visits.map((v) => v.id),
        );
        // Only visits they take part in (seesVisit), and of those only the patient's words.
        const theirs = visits.filter((v) =>
          participants.some((p) => p.visitId === v.id && p.memberId === of.memberId),
        );
        const debriefs = await this.reader.debriefs(
          manager,
          theirs.map((v) => v.id),
        );
        const startsAt = new Map(theirs.map((v) => [v.id, v.startsAt]));
        const rows = debriefs.flatMap((d) => {
          const visitStartsAt = startsAt.get(d.visitId);
          return d.kind === 'PATIENT' && visitStartsAt ? [{ ...d, visitStartsAt }] : [];
        });
        return {
          rows,
          records: rows.map((d) => ({
            kind: 'VISIT_REFLECTION',
            id: d.id,
            on: d.visitStartsAt.toISOString().slice(0, 10),
            fields: {
              rating: d.rating,
              boundariesRespected: d.boundariesRespected,
              helped: d.helped,
              hard: d.hard,
            },
          })),
        };
      },
    });
  }

  /** Cancels the plan's upcoming visits it no longer allows; names them when there were any. */
  async cancelNotAllowed({
    manager,
    planId,
    now,
  }: PlanChange): Promise<{ cancelledVisitIds: string[] } | undefined> {
    const state = await this.plans.planState(manager, planId);
    const cancelledVisitIds = await this.visits.cancelNotAllowed(manager, planId, now, state);
    return cancelledVisitIds.length > 0 ? { cancelledVisitIds } : undefined;
  }

  request(ctx: RequestContext, input: RequestVisitInput): Promise<VisitModel> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async (change) => {
        const { manager, actor, relation, now } = change;
        const wanted = [...new Set(input.participantMemberIds)];
        const members = await this.reader.activeMembers(manager, input.planId, wanted);
        const field = 'participantMemberIds';
        if (members.length !== wanted.length)
          throw new DomainError('VISIT_PARTICIPANTS_NOT_ON_PLAN', {}, { field });
        if (!members.some((m) => m.kind === 'PATIENT') || !members.some((m) => m.kind === 'FAMILY'))
          throw new DomainError('VISIT_NEEDS_PATIENT_AND_FAMILY', {}, { field });
        if (relation.memberId && !wanted.includes(relation.memberId))
          throw new DomainError('VISIT_ASKER_TAKES_PART', {}, { field });
        if (input.supervisorId) await this.assertStaff(manager, actor, input.supervisorId);
        // Members leave the supervisor to staff, who set one when approving.
        const supervised = !!input.supervisorId || relation.memberId !== null;
        await this.assertSchedulable(change, members, { ...input, supervised }, null);
        const visitId = await this.visits.insert(
          manager,
          {
            planId: input.planId,
            contactType: input.contactType,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            place: input.place,
            supervisorMembershipId: input.supervisorId ?? null,
            requestedByUserId: actor.userId,
            createdAt: now,
          },
          wanted.map((memberId) => {
            // Whoever asks for it is willing; everyone else is asked.
            const asker = memberId === relation.memberId;
            return {
              memberId,
              willingness: asker ? 'WILLING' : 'PENDING',
              respondedAt: asker ? now : null,
            };
          }),
        );
        return this.changed(change, 'visit.requested', visitId, {
          contactType: input.contactType,
        });
      },
      // A plan that is not active refuses with the visit's own reason (PLAN_NOT_ACTIVE).
      { whenClosed: null },
    );
  }

  async approve(ctx: RequestContext, input: ApproveVisitInput): Promise<VisitModel> {
    return this.onVisit(ctx, input.visitId, async (change) => {
      const { manager, actor } = change;
      const visit = await this.lockVisit(manager, input.visitId);
      if (visit.status !== 'REQUESTED') throw new DomainError('VISIT_NOT_AWAITING_APPROVAL');
      const supervisorId = input.supervisorId ?? visit.supervisorMembershipId;
      if (input.supervisorId) await this.assertStaff(manager, actor, input.supervisorId);
      const participants = await this.visits.participants(manager, visit.id);
      const members = await this.reader.members(
        manager,
        participants.map((p) => p.memberId),
      );
      // The rules are checked again: the phase or the plan may have changed since it was asked for.
      await this.assertSchedulable(
        change,
        members,
        { ...visit, supervised: !!supervisorId },
        visit.id,
      );
      await this.visits.approve(manager, visit.id, {
        approvedByUserId: actor.userId,
        supervisorMembershipId: supervisorId,
      });
      return this.changed(change, 'visit.approved', visit.id);
    });
  }

  /** A participant says they are willing, or opts out (no reason asked, never counted against them). */
  async respond(ctx: RequestContext, input: RespondToVisitInput): Promise<VisitModel> {
    return this.onVisit(ctx, input.visitId, async (change) => {
      const { manager, relation, now } = change;
      const visit = await this.lockVisit(manager, input.visitId);
      const participant = await this.visits.participant(manager, visit.id, ownPlace(relation));
      if (!participant) throw notFound('visit');
      if (
        !['REQUESTED', 'APPROVED'].includes(visit.status) ||
        visit.startsAt.getTime() <= now.getTime()
      )
        throw new DomainError('VISIT_ALREADY_UNDER_WAY');
      const willingness: Willingness = input.willing ? 'WILLING' : 'OPTED_OUT';
      await this.visits.answer(manager, participant.id, willingness, now);
      return this.changed(change, input.willing ? 'visit.confirmed' : 'visit.opted_out', visit.id);
    });
  }

  async close(ctx: RequestContext, input: CloseVisitInput): Promise<VisitModel> {
    return this.onVisit(ctx, input.visitId, async (change) => {
      const { manager, actor, now } = change;
      const visit = await this.lockVisit(manager, input.visitId);
      if (input.outcome === 'CANCELLED') {
        if (!['REQUESTED', 'APPROVED'].includes(visit.status))
          throw new DomainError('VISIT_NOT_CANCELLABLE');
      } else {
        if (visit.status !== 'APPROVED') throw new DomainError('VISIT_NOT_APPROVED');
        if (visit.startsAt.getTime() > now.getTime()) throw new DomainError('VISIT_NOT_BEGUN');
      }
      await this.visits.close(manager, visit.id, {
        status: input.outcome,
        closedByUserId: actor.userId,
        closingNote: input.note ?? null,
      });
      return this.changed(change, `visit.${input.outcome.toLowerCase()}`, visit.id);
    });
  }

  /** "How did it go?" from someone who took part, or the supervising member of staff; once each. */
  async debrief(ctx: RequestContext, input: DebriefVisitInput): Promise<VisitModel> {
    return this.onVisit(ctx, input.visitId, async (change) => {
      const { manager, actor, relation, now } = change;
      const visit = await this.lockVisit(manager, input.visitId);
      const participant = relation.memberId
        ? await this.visits.participant(manager, visit.id, relation.memberId)
        : null;
      const supervisor = !relation.memberId && visit.supervisorMembershipId === actor.membershipId;
      if (!supervisor && !participant) throw notFound('visit');
      if (!supervisor && participant?.willingness !== 'WILLING')
        throw new DomainError('VISIT_DEBRIEF_NOT_TAKEN_PART');
      if (visit.status !== 'COMPLETED' && visit.status !== 'ENDED_EARLY')
        throw new DomainError('VISIT_DEBRIEF_TOO_EARLY');
      if (await this.visits.hasDebriefBy(manager, visit.id, actor.userId))
        throw new DomainError('VISIT_DEBRIEF_ALREADY_LEFT');
      await this.visits.addDebrief(manager, {
        visitId: visit.id,
        memberId: relation.memberId,
        authorUserId: actor.userId,
        rating: input.rating,
        boundariesRespected: input.boundariesRespected,
        helped: input.helped ?? null,
        hard: input.hard ?? null,
        createdAt: now,
      });
      return this.changed(change, 'visit.debriefed', visit.id, { rating: input.rating });
    });
  }

  /** The plan's visits of the last 90 days and ahead (at most 100), as the reader may see them. */
  list(ctx: RequestContext, planId: string): Promise<VisitModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const actor = tx.signedIn;
      const relation = await this.access.requirePlan(manager, actor, 'trackRecord.read', planId);
      const since = new Date(tx.now().getTime() - VISIT_WINDOW_DAYS * DAY_MS);
      const visits = await this.reader.since(manager, planId, since);
      if (relation.isAdmin || relation.isCounselorOfPlan) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'visits.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: tx.origin.ip,
        });
      }
      return this.models(tx, relation, visits);
    });
  }

  /**
   * A change to a visit, on the visit's plan. Someone who may not act on the plan hears the visit
   * does not exist, as for a visit that does not: the access check is the plan-change road's own.
   */
  private async onVisit(
    ctx: RequestContext,
    visitId: string,
    work: (
      change: PlanChange,
    ) => Promise<{ event: DomainEvent; answer: () => Promise<VisitModel> }>,
  ): Promise<VisitModel> {
    const planId = await this.visits.planOf(ctx.manager, visitId);
    if (!planId) throw notFound('visit');
    // The work decides what a closed plan allows, as it always has (a debrief after the last visit).
    return orNotFound('visit', this.planChanges.run(ctx, planId, work, { whenClosed: null }));
  }

  /** The change's event, and the visit as the reader now sees it. */
  private changed(
    change: PlanChange,
    type: string,
    visitId: string,
    details: Record<string, unknown> = {},
  ): { event: DomainEvent; answer: () => Promise<VisitModel> } {
    return {
      event: {
        type,
        recordType: 'visit',
        recordId: visitId,
        details: { planId: change.planId, ...details },
      },
      answer: async () => {
        const rows = await this.reader.byId(change.manager, visitId);
        const [model] = await this.models(change.ctx, change.relation, rows);
        return model;
      },
    };
  }

  private async assertSchedulable(
    { manager, relation, now }: PlanChange,
    members: VisitMemberRow[],
    request: { contactType: ContactType; startsAt: Date; endsAt: Date; supervised: boolean },
    visitId: string | null,
  ): Promise<void> {
    const phase = await this.reader.currentPhase(manager, relation.planId);
    const overlapping = await this.reader.overlapping(
      manager,
      members.map((m) => m.id),
      request.startsAt,
      request.endsAt,
      visitId,
    );
    if (members.some((m) => m.status !== 'ACTIVE'))
      throw new DomainError('VISIT_PARTICIPANT_LEFT_PLAN');
    const reasons = visitRefusals(request, {
      planStatus: relation.status,
      phaseContactTypes: phase?.contactTypes ?? [],
      restrictedParticipants: members.filter((m) => m.contactRestricted).length,
      overlappingVisits: overlapping,
      now,
    });
    if (reasons.length > 0) throw refusal(reasons[0], phase?.name ?? '', request.contactType);
  }

  private async assertStaff(
    manager: EntityManager,
    actor: Actor,
    membershipId: string,
  ): Promise<void> {
    if (!(await this.reader.isActiveStaff(manager, actor.organizationId, membershipId)))
      throw new DomainError('VISIT_SUPERVISOR_NOT_STAFF', {}, { field: 'supervisorId' });
  }

  private async lockVisit(manager: EntityManager, id: string): Promise<Visit> {
    const visit = await this.visits.lock(manager, id);
    if (!visit) throw notFound('visit');
    return visit;
  }

  /**
   * What the reader may see of these visits (access/visibility/visits.ts): family members only
   * those they take part in; reflections their own, and the patient's only within a
   * VISIT_REFLECTIONS consent (a disclosure, recorded); staff all.
   */
  private async models(
    ctx: RequestContext,
    relation: PlanRelation,
    visits: VisitListRow[],
  ): Promise<VisitModel[]> {
    if (visits.length === 0) return [];
    const { manager } = ctx;
    const actor = ctx.signedIn;
    const ids = visits.map((v) => v.id);
    const participants = await this.reader.participants(manager, ids);
    const debriefs = await this.reader.debriefs(manager, ids);
    const consent = relation.familyMemberId
      ? await this.consents.liveConsent(manager, relation.familyMemberId)
      : null;
    const now = ctx.now();
    // The patient's reflections a family member reads come from the category's sight (the preview's too).
    const shared =
      consent && relation.familyMemberId
        ? await this.sights.show<SharedReflection[]>('VISIT_REFLECTIONS', 'visits', manager, {
            planId: relation.planId,
            memberId: relation.familyMemberId,
            language: ctx.language,
            shared: consent.categories,
            now,
          })
        : null;
    const reader = visitReader(actor, relation, false);
    const shown = visits
      .map((v) => ({ v, mine: participants.filter((p) => p.visitId === v.id) }))
      .filter(({ mine }) =>
        seesVisit(
          reader,
          mine.map((p) => p.memberId),
        ),
      )
      .map(({ v, mine }) => {
        const all = debriefs.filter((d) => d.visitId === v.id);
        const patients = (shared?.rows ?? []).filter((d) => d.visitId === v.id);
        const readable = [...shownDebriefs(reader, all), ...patients].sort(
          (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
        );
        return { v, mine, all, readable };
      });
    const models = shown.map(({ v, mine, all, readable }): VisitModel => {
      const me = mine.find((p) => p.memberId === relation.memberId);
      const ended = v.status === 'COMPLETED' || v.status === 'ENDED_EARLY';
      const alreadyDebriefed = all.some((d) => d.authorUserId === actor.userId);
      return {
        id: v.id,
        planId: v.planId,
        contactType: v.contactType,
        startsAt: v.startsAt,
        endsAt: v.endsAt,
        place: v.place,
        supervisorName: v.supervisorName,
        status: v.status,
        closingNote: visitClosingNoteIn(closingNoteFor(reader, v.closingNote), ctx.language),
        createdAt: v.createdAt,
        participants: mine.map((p) => ({
          memberId: p.memberId,
          displayName: p.displayName,
          kind: p.kind,
          willingness: p.willingness,
          isMe: p.memberId === relation.memberId,
        })),
        debriefs: readable.map((d) => ({
          authorName: d.authorName,
          fromStaff: d.memberId === null,
          rating: d.rating,
          boundariesRespected: d.boundariesRespected,
          helped: d.helped,
          hard: d.hard,
          createdAt: d.createdAt,
        })),
        notice: disclosesPatientReflection(reader, readable)
          ? redisclosureNotice(ctx.language)
          : null,
        canDebrief:
          ended &&
          !alreadyDebriefed &&
          (me?.willingness === 'WILLING' ||
            (!relation.memberId && v.supervisorMembershipId === actor.membershipId)),
        awaitingMyAnswer:
          !!me &&
          me.willingness === 'PENDING' &&
          ['REQUESTED', 'APPROVED'].includes(v.status) &&
          v.startsAt.getTime() > now.getTime(),
      };
    });
    const disclosed = shown.some(({ readable }) => disclosesPatientReflection(reader, readable));
    const listed = new Set(shown.map(({ v }) => v.id));
    const records: SharedRecord[] = (shared?.records ?? []).filter((r) =>
      shared?.rows.some((d) => d.id === r.id && listed.has(d.visitId)),
    );
    if (disclosed && consent)
      await this.consents.disclose(
        manager,
        actor,
        relation.planId,
        consent.consentId,
        ['VISIT_REFLECTIONS'],
        'visit_reflections',
        ctx.origin,
        records,
      );
    return models;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ContactType,
  Language,
  redisclosureNotice,
  VisitRefusal,
  visitRefusals,
  VisitStatus,
  Willingness,
} from '@homeward/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService, PlanRelation } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { AppError, badInput, conflict, notFound } from '../../platform/errors';
import { ConsentsService } from '../../planning/consents/consents.service';
import { MilestonesService } from '../milestones/milestones.service';
import { Membership } from '../../identity/people/membership.entity';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { Plan } from '../../planning/plans/plan.entity';
import { lockPlan } from '../../planning/plans/plan-state';
import {
  ApproveVisitInput,
  CloseVisitInput,
  DebriefVisitInput,
  RequestVisitInput,
  RespondToVisitInput,
  VisitModel,
} from './dto/visit.model';
import { VisitDebrief } from './visit-debrief.entity';
import { VisitParticipant } from './visit-participant.entity';
import { Visit } from './visit.entity';

const CONTACT_NAMES: Record<ContactType, string> = {
  PHONE: 'phone calls',
  VIDEO: 'video calls',
  LETTER: 'letters',
  ON_SITE_SUPERVISED: 'supervised visits on site',
  FAMILY_SESSION: 'family sessions',
  DAY_PASS: 'day passes',
  OVERNIGHT: 'overnight stays',
  WEEKEND: 'weekend stays',
  OTHER: 'other contact',
};

/** A refusal as a person reads it: what stands in the way, and what to do. */
function refusal(reason: VisitRefusal, phaseName: string, contactType: ContactType): AppError {
  const messages: Record<VisitRefusal, [string, 'CONFLICT' | 'BAD_USER_INPUT']> = {
    PLAN_NOT_ACTIVE: [
      'The plan is paused for now, so no visits are scheduled until it resumes.',
      'CONFLICT',
    ],
    CONTACT_TYPE_NOT_ALLOWED: [
      `The current phase, ${phaseName}, does not include ${CONTACT_NAMES[contactType]} yet.`,
      'BAD_USER_INPUT',
    ],
    PARTICIPANT_RESTRICTED: [
      'Someone chosen cannot take part in visits at the moment; the counselor can explain.',
      'BAD_USER_INPUT',
    ],
    NEEDS_SUPERVISOR: [
      `${CONTACT_NAMES[contactType][0].toUpperCase()}${CONTACT_NAMES[contactType].slice(1)} need a member of staff there: choose who will be there.`,
      'BAD_USER_INPUT',
    ],
    ENDS_BEFORE_START: ['The visit has to end after it starts.', 'BAD_USER_INPUT'],
    IN_THE_PAST: ['Choose a time that has not passed yet.', 'BAD_USER_INPUT'],
    OVERLAPS: ['Someone taking part already has another visit at that time.', 'CONFLICT'],
  };
  const [message, code] = messages[reason];
  return new AppError(code, message, { reason });
}

type VisitRow = Pick<
  Visit,
  | 'id'
  | 'planId'
  | 'contactType'
  | 'startsAt'
  | 'endsAt'
  | 'place'
  | 'supervisorMembershipId'
  | 'status'
  | 'closingNote'
  | 'createdAt'
> & {
  supervisorName: string | null;
};

/** Visits (DESIGN §3, rule 3): requested, approved by staff, confirmed by each participant, debriefed afterwards. */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly milestones: MilestonesService,
    private readonly consents: ConsentsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  request(actor: Actor, input: RequestVisitInput, origin: RequestOrigin): Promise<VisitModel> {
    return this.change(
      actor,
      origin,
      input.planId,
      'visit.request',
      async (manager, relation, now) => {
        const wanted = [...new Set(input.participantMemberIds)];
        const members = await manager.findBy(PlanMember, {
          id: In(wanted),
          planId: input.planId,
          status: 'ACTIVE',
          kind: In(['PATIENT', 'FAMILY']),
        });
        if (members.length !== wanted.length)
          throw badInput(
            'Choose who takes part from the people on this plan.',
            'participantMemberIds',
          );
        if (
          !members.some((m) => m.kind === 'PATIENT') ||
          !members.some((m) => m.kind === 'FAMILY')
        ) {
          throw badInput(
            'A visit is between the patient and at least one family member.',
            'participantMemberIds',
          );
        }
        if (relation.memberId && !wanted.includes(relation.memberId))
          throw badInput('You can ask for a visit you take part in.', 'participantMemberIds');
        if (input.supervisorId) await this.assertStaff(manager, actor, input.supervisorId);
        const supervised = !!input.supervisorId || relation.memberId !== null; // members leave the supervisor to staff, who set one when approving
        await this.assertSchedulable(manager, relation, members, { ...input, supervised }, null);
        const visit = await manager.save(
          manager.create(Visit, {
            planId: input.planId,
            contactType: input.contactType,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            place: input.place,
            supervisorMembershipId: input.supervisorId ?? null,
            status: 'REQUESTED',
            requestedByUserId: actor.userId,
            createdAt: now,
          }),
        );
        await manager.insert(
          VisitParticipant,
          wanted.map((memberId) => ({
            visitId: visit.id,
            memberId,
            // Whoever asks for it is willing; everyone else is asked.
            willingness:
              memberId === relation.memberId ? ('WILLING' as const) : ('PENDING' as const),
            respondedAt: memberId === relation.memberId ? now : null,
          })),
        );
        return {
          kind: 'visit.requested',
          visitId: visit.id,
          details: { contactType: input.contactType },
        };
      },
    );
  }

  async approve(
    actor: Actor,
    input: ApproveVisitInput,
    origin: RequestOrigin,
  ): Promise<VisitModel> {
    const planId = await this.planOf(actor, input.visitId);
    return this.change(actor, origin, planId, 'visit.manage', async (manager, relation) => {
      const visit = await this.lockVisit(manager, input.visitId);
      if (visit.status !== 'REQUESTED') throw conflict('This visit is not waiting for approval.');
      const supervisorId = input.supervisorId ?? visit.supervisorMembershipId;
      if (input.supervisorId) await this.assertStaff(manager, actor, input.supervisorId);
      const participants = await manager.findBy(VisitParticipant, { visitId: visit.id });
      const members = await manager.findBy(PlanMember, {
        id: In(participants.map((p) => p.memberId)),
      });
      // The rules are checked again: the phase or the plan may have changed since it was asked for.
      await this.assertSchedulable(
        manager,
        relation,
        members,
        { ...visit, supervised: !!supervisorId },
        visit.id,
      );
      await manager.update(
        Visit,
        { id: visit.id },
        {
          status: 'APPROVED',
          approvedByUserId: actor.userId,
          supervisorMembershipId: supervisorId,
        },
      );
      return { kind: 'visit.approved', visitId: visit.id, details: {} };
    });
  }

  /** A participant says they are willing, or opts out (no reason asked, never counted against them). */
  async respond(
    actor: Actor,
    input: RespondToVisitInput,
    origin: RequestOrigin,
  ): Promise<VisitModel> {
    const planId = await this.planOf(actor, input.visitId);
    return this.change(actor, origin, planId, 'visit.respond', async (manager, relation, now) => {
      const visit = await this.lockVisit(manager, input.visitId);
      const participant = await manager.findOneBy(VisitParticipant, {
        visitId: visit.id,
        memberId: relation.memberId as string,
      });
      if (!participant) throw notFound('visit');
      if (
        !['REQUESTED', 'APPROVED'].includes(visit.status) ||
        visit.startsAt.getTime() <= now.getTime()
      ) {
        throw conflict('This visit has already begun or ended, so there is nothing to answer now.');
      }
      const willingness: Willingness = input.willing ? 'WILLING' : 'OPTED_OUT';
      await manager.update(
        VisitParticipant,
        { id: participant.id },
        { willingness, respondedAt: now },
      );
      return {
        kind: input.willing ? 'visit.confirmed' : 'visit.opted_out',
        visitId: visit.id,
        details: {},
      };
    });
  }

  async close(actor: Actor, input: CloseVisitInput, origin: RequestOrigin): Promise<VisitModel> {
    const planId = await this.planOf(actor, input.visitId);
    return this.change(actor, origin, planId, 'visit.manage', async (manager, _relation, now) => {
      const visit = await this.lockVisit(manager, input.visitId);
      if (input.outcome === 'CANCELLED') {
        if (!['REQUESTED', 'APPROVED'].includes(visit.status))
          throw conflict('Only a visit that has not ended can be cancelled.');
      } else {
        if (visit.status !== 'APPROVED')
          throw conflict('Only an approved visit can be completed or ended early.');
        if (visit.startsAt.getTime() > now.getTime())
          throw conflict('This visit has not begun yet.');
      }
      await manager.update(
        Visit,
        { id: visit.id },
        { status: input.outcome, closedByUserId: actor.userId, closingNote: input.note ?? null },
      );
      return { kind: `visit.${input.outcome.toLowerCase()}`, visitId: visit.id, details: {} };
    });
  }

  /** "How did it go?" from someone who took part, or the supervising member of staff; once each. */
  async debrief(
    actor: Actor,
    input: DebriefVisitInput,
    origin: RequestOrigin,
  ): Promise<VisitModel> {
    const planId = await this.planOf(actor, input.visitId);
    return this.change(actor, origin, planId, 'visit.debrief', async (manager, relation, now) => {
      const visit = await this.lockVisit(manager, input.visitId);
      const participant = relation.memberId
        ? await manager.findOneBy(VisitParticipant, {
            visitId: visit.id,
            memberId: relation.memberId,
          })
        : null;
      const supervisor = !relation.memberId && visit.supervisorMembershipId === actor.membershipId;
      if (!supervisor && !participant) throw notFound('visit');
      if (!supervisor && participant?.willingness !== 'WILLING')
        throw badInput(
          'A debrief comes from the people who took part and the member of staff who was there.',
        );
      if (visit.status !== 'COMPLETED' && visit.status !== 'ENDED_EARLY')
        throw conflict('A debrief can be left once the visit has taken place.');
      if (await manager.existsBy(VisitDebrief, { visitId: visit.id, authorUserId: actor.userId }))
        throw conflict('You have already left a debrief for this visit.');
      await manager.insert(VisitDebrief, {
        visitId: visit.id,
        memberId: relation.memberId,
        authorUserId: actor.userId,
        rating: input.rating,
        boundariesRespected: input.boundariesRespected,
        helped: input.helped ?? null,
        hard: input.hard ?? null,
        createdAt: now,
      });
      return { kind: 'visit.debriefed', visitId: visit.id, details: { rating: input.rating } };
    });
  }

  /** The plan's visits of the last 90 days and ahead (at most 100), as the reader may see them. */
  list(actor: Actor, planId: string, origin: RequestOrigin): Promise<VisitModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, 'trackRecord.read', planId);
      const since = new Date(this.clock.now().getTime() - 90 * 86_400_000);
      const visits = await this.rows(manager, 'v.plan_id = $1 AND v.starts_at >= $2', [
        planId,
        since,
      ]);
      if (relation.isAdmin || relation.isCounselorOfPlan) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'visits.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: origin.ip,
        });
      }
      return this.models(manager, actor, relation, visits, origin);
    });
  }

  private change(
    actor: Actor,
    origin: RequestOrigin,
    planId: string,
    permission: 'visit.request' | 'visit.manage' | 'visit.respond' | 'visit.debrief',
    work: (
      manager: EntityManager,
      relation: PlanRelation,
      now: Date,
    ) => Promise<{ kind: string; visitId: string; details: Record<string, unknown> }>,
  ): Promise<VisitModel> {
    return this.dataSource.transaction(async (manager) => {
      const checked = await this.access.requirePlan(manager, actor, permission, planId);
      // One change to a plan at a time, so two requests never both pass the overlap check, and the
      // status decided on is the one that holds until this commits.
      const relation = { ...checked, status: await lockPlan(manager, planId) };
      const now = this.clock.now();
      const { kind, visitId, details } = await work(manager, relation, now);
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: kind,
        recordType: 'visit',
        recordId: visitId,
        details: { planId, ...details },
        ip: origin.ip,
      });
      await manager.update(Plan, { id: planId }, { lastActivityAt: now });
      await this.milestones.settle(manager, actor, planId);
      const [model] = await this.models(
        manager,
        actor,
        relation,
        await this.rows(manager, 'v.id = $1', [visitId]),
        origin,
      );
      return model;
    });
  }

  private async assertSchedulable(
    manager: EntityManager,
    relation: PlanRelation,
    members: PlanMember[],
    request: { contactType: ContactType; startsAt: Date; endsAt: Date; supervised: boolean },
    visitId: string | null,
  ): Promise<void> {
    const [phase] = (await manager.query(
      `SELECT name, contact_types FROM plan_phase WHERE plan_id = $1 AND status = 'CURRENT'`,
      [relation.planId],
    )) as { name: string; contact_types: ContactType[] }[];
    const [{ overlapping }] = (await manager.query(
      `SELECT count(*)::int AS overlapping FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id
        WHERE vp.member_id IN (SELECT same.id FROM plan_member same JOIN plan_member chosen ON chosen.membership_id = same.membership_id WHERE chosen.id = ANY($1::uuid[]))
          AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at < $3 AND v.ends_at > $2
          AND ($4::uuid IS NULL OR v.id <> $4)`,
      [members.map((m) => m.id), request.startsAt, request.endsAt, visitId],
    )) as { overlapping: number }[];
    if (members.some((m) => m.status !== 'ACTIVE'))
      throw badInput(
        'Someone on this visit is no longer on the plan; ask for a new visit with the people on it now.',
      );
    const reasons = visitRefusals(request, {
      planStatus: relation.status,
      phaseContactTypes: phase?.contact_types ?? [],
      restrictedParticipants: members.filter((m) => m.contactRestricted).length,
      overlappingVisits: overlapping,
      now: this.clock.now(),
    });
    if (reasons.length > 0) throw refusal(reasons[0], phase?.name ?? '', request.contactType);
  }

  private async assertStaff(
    manager: EntityManager,
    actor: Actor,
    membershipId: string,
  ): Promise<void> {
    const staff = await manager.findOneBy(Membership, {
      id: membershipId,
      organizationId: actor.organizationId,
      status: 'ACTIVE',
    });
    if (!staff || (staff.role !== 'COUNSELOR' && staff.role !== 'ADMIN'))
      throw badInput('Choose a member of staff to be there.', 'supervisorId');
  }

  private async lockVisit(manager: EntityManager, id: string): Promise<Visit> {
    const visit = await manager.findOne(Visit, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!visit) throw notFound('visit');
    return visit;
  }

  /** The plan of a visit the actor names; someone who may not see it hears it does not exist. */
  private async planOf(actor: Actor, visitId: string): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT v.plan_id FROM visit v JOIN plan p ON p.id = v.plan_id WHERE v.id = $1 AND p.organization_id = $2`,
      [visitId, actor.organizationId],
    )) as { plan_id: string }[];
    const relation =
      row && (await this.access.planRelation(this.dataSource.manager, actor, row.plan_id));
    if (!relation || (!relation.memberId && !relation.isAdmin && !relation.isCounselorOfPlan))
      throw notFound('visit');
    return row.plan_id;
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<VisitRow[]> {
    return manager
      .query(
        `SELECT v.id, v.plan_id, v.contact_type, v.starts_at, v.ends_at, v.place, v.supervisor_membership_id, v.status, v.closing_note, v.created_at,
                su.display_name AS supervisor_name
           FROM visit v LEFT JOIN membership sm ON sm.id = v.supervisor_membership_id LEFT JOIN app_user su ON su.id = sm.user_id
          WHERE ${where} ORDER BY v.starts_at LIMIT 100`,
        params,
      )
      .then((rows: Record<string, never>[]) =>
        rows.map(
          (r) =>
            ({
              id: r['id'],
              planId: r['plan_id'],
              contactType: r['contact_type'],
              startsAt: r['starts_at'],
              endsAt: r['ends_at'],
              place: r['place'],
              supervisorMembershipId: r['supervisor_membership_id'],
              status: r['status'],
              closingNote: r['closing_note'],
              createdAt: r['created_at'],
              supervisorName: r['supervisor_name'],
            }) as VisitRow,
        ),
      );
  }

  /**
   * What the reader may see of these visits: family members only those they take part in; debriefs
   * their own, and the patient's only within a VISIT_REFLECTIONS consent (a disclosure); staff all.
   */
  private async models(
    manager: EntityManager,
    actor: Actor,
    relation: PlanRelation,
    visits: VisitRow[],
    origin: RequestOrigin,
  ): Promise<VisitModel[]> {
    if (visits.length === 0) return [];
    const ids = visits.map((v) => v.id);
    const participants = (await manager.query(
      `SELECT vp.visit_id, vp.member_id, vp.willingness, m.display_name, m.kind
         FROM visit_participant vp JOIN plan_member m ON m.id = vp.member_id WHERE vp.visit_id = ANY($1::uuid[])
        ORDER BY m.kind = 'PATIENT' DESC, m.added_at, m.id`,
      [ids],
    )) as {
      visit_id: string;
      member_id: string;
      willingness: Willingness;
      display_name: string;
      kind: PlanMember['kind'];
    }[];
    const debriefs = (await manager.query(
      `SELECT d.visit_id, d.member_id, d.author_user_id, d.rating, d.boundaries_respected, d.helped, d.hard, d.created_at, u.display_name AS author_name, m.kind
         FROM visit_debrief d JOIN app_user u ON u.id = d.author_user_id LEFT JOIN plan_member m ON m.id = d.member_id
        WHERE d.visit_id = ANY($1::uuid[]) ORDER BY d.created_at`,
      [ids],
    )) as {
      visit_id: string;
      member_id: string | null;
      author_user_id: string;
      rating: number;
      boundaries_respected: boolean;
      helped: string | null;
      hard: string | null;
      created_at: Date;
      author_name: string;
      kind: string | null;
    }[];
    const staff = relation.isAdmin || relation.isCounselorOfPlan;
    const consent = relation.familyMemberId
      ? await this.consents.liveConsent(manager, relation.familyMemberId)
      : null;
    const reflections = consent?.categories.includes('VISIT_REFLECTIONS') ?? false;
    const language: Language = reflections
      ? await this.consents.readerLanguage(manager, actor)
      : 'EN';
    let disclosed = false;
    const now = this.clock.now();
    const models = visits
      .filter(
        (v) =>
          staff ||
          relation.isPatient ||
          participants.some((p) => p.visit_id === v.id && p.member_id === relation.memberId),
      )
      .map((v): VisitModel => {
        const mine = participants.filter((p) => p.visit_id === v.id);
        const me = mine.find((p) => p.member_id === relation.memberId);
        const shown = debriefs
          .filter((d) => d.visit_id === v.id)
          .filter((d) => {
            if (staff || d.author_user_id === actor.userId) return true;
            const patients =
              relation.familyMemberId !== null && d.kind === 'PATIENT' && reflections;
            if (patients) disclosed = true;
            return patients;
          });
        const ended = v.status === 'COMPLETED' || v.status === 'ENDED_EARLY';
        const patientsReflection =
          relation.familyMemberId !== null && shown.some((d) => d.kind === 'PATIENT');
        const alreadyDebriefed = debriefs.some(
          (d) => d.visit_id === v.id && d.author_user_id === actor.userId,
        );
        return {
          id: v.id,
          planId: v.planId,
          contactType: v.contactType,
          startsAt: v.startsAt,
          endsAt: v.endsAt,
          place: v.place,
          supervisorName: v.supervisorName,
          status: v.status as VisitStatus,
          closingNote: staff ? v.closingNote : null,
          createdAt: v.createdAt,
          participants: mine.map((p) => ({
            memberId: p.member_id,
            displayName: p.display_name,
            kind: p.kind,
            willingness: p.willingness,
            isMe: p.member_id === relation.memberId,
          })),
          debriefs: shown.map((d) => ({
            authorName: d.author_name,
            fromStaff: d.member_id === null,
            rating: d.rating,
            boundariesRespected: d.boundaries_respected,
            helped: d.helped,
            hard: d.hard,
            createdAt: d.created_at,
          })),
          notice: patientsReflection ? redisclosureNotice(language) : null,
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
    if (disclosed && consent)
      await this.consents.disclose(
        manager,
        actor,
        relation.planId,
        consent.consentId,
        ['VISIT_REFLECTIONS'],
        'visit_reflections',
        origin,
      );
    return models;
  }
}

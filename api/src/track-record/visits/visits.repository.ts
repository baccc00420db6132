import { VISIT_CANCELLED_BY_THE_PLAN_NOTE } from '@homeward/domain';
import { Injectable } from '@nestjs/common';
import { ContactType, VisitStatus, Willingness } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { VisitDebrief } from './visit-debrief.entity';
import { VisitParticipant } from './visit-participant.entity';
import { Visit } from './visit.entity';

export interface NewVisit {
  planId: string;
  contactType: ContactType;
  startsAt: Date;
  endsAt: Date;
  place: string;
  supervisorMembershipId: string | null;
  requestedByUserId: string;
  createdAt: Date;
}

export interface NewParticipant {
  memberId: string;
  willingness: Willingness;
  respondedAt: Date | null;
}

export type NewDebrief = Pick<
  VisitDebrief,
  | 'visitId'
  | 'memberId'
  | 'authorUserId'
  | 'rating'
  | 'boundariesRespected'
  | 'helped'
  | 'hard'
  | 'createdAt'
>;

/** What is written on the record when the plan no longer allows an upcoming visit. */
const CANCELLED_BY_THE_PLAN = VISIT_CANCELLED_BY_THE_PLAN_NOTE;

/** The visit, visit_participant and visit_debrief tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class VisitsRepository {
  /** The plan a visit belongs to, or null when there is no such visit. */
  async planOf(manager: EntityManager, visitId: string): Promise<string | null> {
    const visit = await manager.findOne(Visit, {
      select: { id: true, planId: true },
      where: { id: visitId },
    });
    return visit?.planId ?? null;
  }

  /** The visit, locked for the rest of the change. */
  lock(manager: EntityManager, id: string): Promise<Visit | null> {
    return manager.findOne(Visit, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(
    manager: EntityManager,
    visit: NewVisit,
    participants: NewParticipant[],
  ): Promise<string> {
    const saved = await manager.save(manager.create(Visit, { ...visit, status: 'REQUESTED' }));
    await manager.insert(
      VisitParticipant,
      participants.map((p) => ({ ...p, visitId: saved.id })),
    );
    return saved.id;
  }

  participants(manager: EntityManager, visitId: string): Promise<VisitParticipant[]> {
    return manager.findBy(VisitParticipant, { visitId });
  }

  participant(
    manager: EntityManager,
    visitId: string,
    memberId: string,
  ): Promise<VisitParticipant | null> {
    return manager.findOneBy(VisitParticipant, { visitId, memberId });
  }

  async answer(
    manager: EntityManager,
    participantId: string,
    willingness: Willingness,
    respondedAt: Date,
  ): Promise<void> {
    await manager.update(VisitParticipant, { id: participantId }, { willingness, respondedAt });
  }

  async approve(
    manager: EntityManager,
    id: string,
    approval: { approvedByUserId: string; supervisorMembershipId: string | null },
  ): Promise<void> {
    await manager.update(Visit, { id }, { status: 'APPROVED', ...approval });
  }

  async close(
    manager: EntityManager,
    id: string,
    closing: { status: VisitStatus; closedByUserId: string; closingNote: string | null },
  ): Promise<void> {
    await manager.update(Visit, { id }, closing);
  }

  hasDebriefBy(manager: EntityManager, visitId: string, authorUserId: string): Promise<boolean> {
    return manager.existsBy(VisitDebrief, { visitId, authorUserId });
  }

  async addDebrief(manager: EntityManager, debrief: NewDebrief): Promise<void> {
    await manager.insert(VisitDebrief, debrief);
  }

  /**
   * Cancels the plan's upcoming visits it no longer allows: any while it is not active, those its
   * current phase does not include, and those with someone no longer on the plan or restricted.
   * Returns the ids cancelled.
   */
  async cancelNotAllowed(
    manager: EntityManager,
    planId: string,
    now: Date,
    plan: { status: string; contactTypes: readonly ContactType[] },
  ): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE visit v SET status = 'CANCELLED', closing_note = $5
        WHERE v.plan_id = $1 AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at > $2
          AND ($3 <> 'ACTIVE' OR NOT (v.contact_type = ANY($4::text[])) OR EXISTS (
                SELECT 1 FROM visit_participant vp JOIN plan_member m ON m.id = vp.member_id
                 WHERE vp.visit_id = v.id AND (m.status <> 'ACTIVE' OR m.contact_restricted)))
        RETURNING v.id`,
      [planId, now, plan.status, plan.contactTypes, CANCELLED_BY_THE_PLAN],
    );
    return rows.map((r) => r.id);
  }
}

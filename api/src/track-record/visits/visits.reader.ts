import { Injectable } from '@nestjs/common';
import { ContactType, VisitStatus, Willingness } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** A visit as people read it, with the name of the member of staff who will be there. */
export interface VisitListRow {
  id: string;
  planId: string;
  contactType: ContactType;
  startsAt: Date;
  endsAt: Date;
  place: string;
  supervisorMembershipId: string | null;
  status: VisitStatus;
  closingNote: string | null;
  createdAt: Date;
  supervisorName: string | null;
}

export type MemberKind = 'PATIENT' | 'FAMILY' | 'STAFF';

export interface ParticipantListRow {
  visitId: string;
  memberId: string;
  willingness: Willingness;
  displayName: string;
  kind: MemberKind;
}

export interface DebriefListRow {
  id: string;
  visitId: string;
  /** The participant's place on the plan; null for the supervising member of staff. */
  memberId: string | null;
  authorUserId: string;
  rating: number;
  boundariesRespected: boolean;
  helped: string | null;
  hard: string | null;
  createdAt: Date;
  authorName: string;
  kind: MemberKind | null;
}

/** Someone on the plan, as the rules of a visit need them. */
export interface VisitMemberRow {
  id: string;
  kind: MemberKind;
  status: string;
  contactRestricted: boolean;
}

const VISIT_COLUMNS = `v.id, v.plan_id AS "planId", v.contact_type AS "contactType", v.starts_at AS "startsAt",
  v.ends_at AS "endsAt", v.place, v.supervisor_membership_id AS "supervisorMembershipId", v.status,
  v.closing_note AS "closingNote", v.created_at AS "createdAt", su.display_name AS "supervisorName"`;

const MEMBER_COLUMNS = `m.id, m.kind, m.status, m.contact_restricted AS "contactRestricted"`;

/**
 * Visits as people read them, and what scheduling one depends on (a read model): the plan's
 * current phase, the people on it, staff, and other visits of the same people on any plan.
 */
@Injectable()
export class VisitsReader {
  /** The plan's visits from `since` on (at most 100), earliest first. */
  since(manager: EntityManager, planId: string, since: Date): Promise<VisitListRow[]> {
    return this.visits(manager, 'v.plan_id = $1 AND v.starts_at >= $2', [planId, since]);
  }

  async byId(manager: EntityManager, visitId: string): Promise<VisitListRow[]> {
    return this.visits(manager, 'v.id = $1', [visitId]);
  }

  /** Who takes part in these visits: the patient first, then in the order they joined the plan. */
  participants(manager: EntityManager, visitIds: string[]): Promise<ParticipantListRow[]> {
    return manager.query(
      `SELECT vp.visit_id AS "visitId", vp.member_id AS "memberId", vp.willingness, m.display_name AS "displayName", m.kind
         FROM visit_participant vp JOIN plan_member m ON m.id = vp.member_id WHERE vp.visit_id = ANY($1::uuid[])
        ORDER BY m.kind = 'PATIENT' DESC, m.added_at, m.id`,
      [visitIds],
    );
  }

  /** Every reflection on these visits, oldest first (who may read which is decided by visibility). */
  debriefs(manager: EntityManager, visitIds: string[]): Promise<DebriefListRow[]> {
    return manager.query(
      `SELECT d.id, d.visit_id AS "visitId", d.member_id AS "memberId", d.author_user_id AS "authorUserId", d.rating,
              d.boundaries_respected AS "boundariesRespected", d.helped, d.hard, d.created_at AS "createdAt",
              u.display_name AS "authorName", m.kind
         FROM visit_debrief d JOIN app_user u ON u.id = d.author_user_id LEFT JOIN plan_member m ON m.id = d.member_id
        WHERE d.visit_id = ANY($1::uuid[]) ORDER BY d.created_at`,
      [visitIds],
    );
  }

  /** The plan's current phase: its name as stored, and the contact it allows. */
  async currentPhase(
    manager: EntityManager,
    planId: string,
  ): Promise<{ name: string; contactTypes: ContactType[] } | null> {
    const rows: { name: string; contactTypes: ContactType[] }[] = await manager.query(
      `SELECT name, contact_types AS "contactTypes" FROM plan_phase WHERE plan_id = $1 AND status = 'CURRENT'`,
      [planId],
    );
    return rows[0] ?? null;
  }

  /** Of these people, those on the plan now as its patient or a family member. */
  activeMembers(
    manager: EntityManager,
    planId: string,
    memberIds: string[],
  ): Promise<VisitMemberRow[]> {
    return manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM plan_member m
        WHERE m.id = ANY($2::uuid[]) AND m.plan_id = $1 AND m.status = 'ACTIVE' AND m.kind IN ('PATIENT', 'FAMILY')`,
      [planId, memberIds],
    );
  }

  /** These people, whatever their place on the plan is now. */
  members(manager: EntityManager, memberIds: string[]): Promise<VisitMemberRow[]> {
    return manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM plan_member m WHERE m.id = ANY($1::uuid[])`,
      [memberIds],
    );
  }

  /** Upcoming visits of any of these people, on any of their plans, that overlap the time given. */
  async overlapping(
    manager: EntityManager,
    memberIds: string[],
    startsAt: Date,
    endsAt: Date,
    exceptVisitId: string | null,
  ): Promise<number> {
    const [row]: { overlapping: number }[] = await manager.query(
      `SELECT count(*)::int AS overlapping FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id
        WHERE vp.member_id IN (SELECT same.id FROM plan_member same JOIN plan_member chosen ON chosen.membership_id = same.membership_id WHERE chosen.id = ANY($1::uuid[]))
          AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at < $3 AND v.ends_at > $2
          AND ($4::uuid IS NULL OR v.id <> $4)`,
      [memberIds, startsAt, endsAt, exceptVisitId],
    );
    return row.overlapping;
  }

  /** Whether someone is an active member of staff of the organization. */
  async isActiveStaff(
    manager: EntityManager,
    organizationId: string,
    membershipId: string,
  ): Promise<boolean> {
    const rows: { role: string }[] = await manager.query(
      `SELECT role FROM membership WHERE id = $1 AND organization_id = $2 AND status = 'ACTIVE'`,
      [membershipId, organizationId],
    );
    return rows.length > 0 && (rows[0].role === 'COUNSELOR' || rows[0].role === 'ADMIN');
  }

  private visits(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<VisitListRow[]> {
    return manager.query(
      `SELECT ${VISIT_COLUMNS}
         FROM visit v LEFT JOIN membership sm ON sm.id = v.supervisor_membership_id LEFT JOIN app_user su ON su.id = sm.user_id
        WHERE ${where} ORDER BY v.starts_at LIMIT 100`,
      params,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { ConsentCategory, Language } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { Relationship } from '@homeward/domain';
import { PlanStatus } from '../plans/plan.entity';
import type { DisclosedRecord } from './family-sights';

/** A family member's place on a plan, with the patient's name and the language they read in. */
export interface FamilyPlaceRow {
  memberId: string;
  planId: string;
  relationship: Relationship | null;
  patientName: string;
  status: PlanStatus;
  viewerLanguage: Language | null;
}

/** The names a consent is written with: the patient's (who signs) and the program's (who discloses). */
export interface SigningNamesRow {
  patientName: string;
  programName: string;
}

interface LanguageRow {
  language: Language;
}

export interface DisclosureRow {
  id: string;
  recipientName: string;
  categories: ConsentCategory[];
  channel: string;
  disclosedAt: Date;
  records: DisclosedRecord[] | null;
}

const FAMILY_PLACES = `SELECT m.id AS "memberId", m.plan_id AS "planId", m.relationship, u.display_name AS "patientName",
                              p.status, vu.language AS "viewerLanguage"
         FROM plan_member m
         JOIN plan p ON p.id = m.plan_id
         JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user u ON u.id = pm.user_id
         LEFT JOIN membership vm ON vm.id = m.membership_id LEFT JOIN app_user vu ON vu.id = vm.user_id
        WHERE m.kind = 'FAMILY'`;

/**
 * A read model (read-only, across tables): what consents are given about and to whom — family
 * members' places on plans, the names a consent is signed with, and the patient's disclosures.
 */
@Injectable()
export class ConsentsReader {
  /** The plans this person is on as family, oldest first. */
  familyPlacesOf(
    manager: EntityManager,
    membershipId: string,
    organizationId: string,
  ): Promise<FamilyPlaceRow[]> {
    return manager.query(
      `${FAMILY_PLACES} AND m.membership_id = $1 AND m.status = 'ACTIVE' AND p.organization_id = $2
        ORDER BY p.created_at`,
      [membershipId, organizationId],
    );
  }

  /** One family member's place on this plan, whatever its status. */
  async familyPlace(
    manager: EntityManager,
    memberId: string,
    planId: string,
  ): Promise<FamilyPlaceRow | null> {
    const rows: FamilyPlaceRow[] = await manager.query(
      `${FAMILY_PLACES} AND m.id = $1 AND p.id = $2`,
      [memberId, planId],
    );
    return rows[0] ?? null;
  }

  async signingNames(
    manager: EntityManager,
    patientMembershipId: string,
  ): Promise<SigningNamesRow> {
    const rows: SigningNamesRow[] = await manager.query(
      `SELECT u.display_name AS "patientName", o.name AS "programName"
         FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organization o ON o.id = m.organization_id
        WHERE m.id = $1`,
      [patientMembershipId],
    );
    return rows[0];
  }

  /** The language a person reads in, as kept on their account. */
  async language(manager: EntityManager, userId: string): Promise<Language | null> {
    const rows: LanguageRow[] = await manager.query('SELECT language FROM app_user WHERE id = $1', [
      userId,
    ]);
    return rows[0]?.language ?? null;
  }

  /** The patient's disclosures since a moment, newest first, a page at a time (by id). */
  disclosures(
    manager: EntityManager,
    patientMembershipId: string,
    since: Date,
    beforeId: string | null,
    limit: number,
  ): Promise<DisclosureRow[]> {
    return manager.query(
      `SELECT d.id, c.recipient_name AS "recipientName", d.categories, d.channel, d.disclosed_at AS "disclosedAt", d.records
         FROM disclosure d JOIN consent c ON c.id = d.consent_id JOIN plan p ON p.id = d.plan_id
        WHERE p.patient_membership_id = $1 AND d.disclosed_at >= $2 AND ($3::bigint IS NULL OR d.id < $3::bigint)
        ORDER BY d.id DESC LIMIT $4`,
      [patientMembershipId, since, beforeId, limit],
    );
  }
}

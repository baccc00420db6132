import { Injectable } from '@nestjs/common';
import {
  BoundaryVisibility,
  ExpectationCategory,
  ExpectationDecision,
  ExpectationStatus,
} from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { MemberKindEnum, MemberStatusEnum } from '../../planning/plans/dto/plan.model';
import type { ContractContent } from '../dto/contract-content';

export interface MemberRow {
  id: string;
  planId: string;
  kind: keyof typeof MemberKindEnum;
  relationship: string | null;
  displayName: string;
  status: keyof typeof MemberStatusEnum;
  membershipId: string | null;
}

export interface ExpectationVersionRow {
  version: number;
  text: string;
  reviewOn: string | null;
  authorName: string;
  createdAt: Date;
}

export interface ExpectationAnswerRow {
  id: string;
  version: number;
  memberId: string | null;
  decision: ExpectationDecision | null;
  comment: string | null;
  suggestedText: string | null;
  authorName: string;
  createdAt: Date;
}

export interface ExpectationRow {
  id: string;
  planId: string;
  fromMemberId: string;
  toMemberId: string;
  category: ExpectationCategory;
  appliesFromPhase: number;
  reviewOn: string | null;
  status: ExpectationStatus;
  currentVersion: number;
  agreedVersion: number | null;
  createdAt: Date;
  versions: ExpectationVersionRow[];
  answers: ExpectationAnswerRow[];
}

export interface BoundaryVersionRow {
  version: number;
  need: string;
  ifCrossed: string;
  appliesToMemberIds: string[];
  visibility: BoundaryVisibility;
  createdAt: Date;
}

export interface BoundaryAcknowledgementRow {
  version: number;
  memberId: string;
  createdAt: Date;
}

export interface BoundaryRow {
  id: string;
  planId: string;
  ownerMemberId: string;
  category: ExpectationCategory;
  currentVersion: number;
  createdAt: Date;
  versions: BoundaryVersionRow[];
  acknowledgements: BoundaryAcknowledgementRow[];
}

export interface SignatureRow {
  memberId: string;
  typedName: string;
  contentHash: string;
  signedAt: Date;
}

export interface ContractRow {
  id: string;
  planId: string;
  version: number;
  content: ContractContent;
  contentHash: string;
  createdAt: Date;
  versionCount: number;
  signatures: SignatureRow[];
}

export interface PhaseRow {
  planId: string;
  position: number;
  name: string;
}

/** Everything the agreement of some plans holds, read in a fixed number of statements however many plans. */
export interface AgreementData {
  members: MemberRow[];
  expectations: ExpectationRow[];
  boundaries: BoundaryRow[];
  /** The latest contract version of each plan that has one. */
  contracts: ContractRow[];
  phases: PhaseRow[];
}

/** What the PDF's first lines name: whose home it is and which program keeps it. */
export interface ContractHeader {
  patientName: string;
  programName: string;
}

type ExpectationHead = Omit<ExpectationRow, 'versions' | 'answers'>;
type BoundaryHead = Omit<BoundaryRow, 'versions' | 'acknowledgements'>;
type ContractHead = Omit<ContractRow, 'signatures'>;

/** A contract version with its signatures gathered as JSON (their times come back as text). */
interface ContractVersionWithSignatures extends ContractHead {
  signatures: (Omit<SignatureRow, 'signedAt'> & { signedAt: string })[];
}

/** The active members of the contract's plan who have not signed it (for its current version). */
export function unsignedActiveMembers(
  contract: ContractRow,
  members: readonly MemberRow[],
): string[] {
  const signed = new Set(contract.signatures.map((s) => s.memberId));
  return members
    .filter((m) => m.planId === contract.planId && m.status === 'ACTIVE' && !signed.has(m.id))
    .map((m) => m.id);
}

const groupBy = <T, K>(rows: T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/**
 * The read model of plans' agreements: read-only, reading across the agreement's tables and the
 * plan's people, names and phases. The caller has checked access.
 */
@Injectable()
export class AgreementReader {
  async load(manager: EntityManager, planIds: string[]): Promise<AgreementData> {
    if (planIds.length === 0)
      return { members: [], expectations: [], boundaries: [], contracts: [], phases: [] };
    // One after another: a transaction's connection runs one statement at a time anyway.
    const members = await this.members(manager, planIds);
    const expectations: ExpectationHead[] = await manager.query(
      `SELECT id, plan_id AS "planId", from_member_id AS "fromMemberId", to_member_id AS "toMemberId", category,
              applies_from_phase AS "appliesFromPhase", to_char(review_on, 'YYYY-MM-DD') AS "reviewOn", status,
              current_version AS "currentVersion", agreed_version AS "agreedVersion", created_at AS "createdAt"
         FROM expectation WHERE plan_id = ANY($1) ORDER BY created_at, id`,
      [planIds],
    );
    const versions: (ExpectationVersionRow & { expectationId: string })[] = await manager.query(
      `SELECT v.expectation_id AS "expectationId", v.version, v.text, to_char(v.review_on, 'YYYY-MM-DD') AS "reviewOn",
              u.display_name AS "authorName", v.created_at AS "createdAt"
         FROM expectation_version v JOIN expectation e ON e.id = v.expectation_id JOIN app_user u ON u.id = v.author_user_id
        WHERE e.plan_id = ANY($1) ORDER BY v.version`,
      [planIds],
    );
    const answers: (ExpectationAnswerRow & { expectationId: string })[] = await manager.query(
      `SELECT a.id, a.expectation_id AS "expectationId", a.version, a.member_id AS "memberId", a.decision, a.comment,
              a.suggested_text AS "suggestedText", u.display_name AS "authorName", a.created_at AS "createdAt"
         FROM expectation_answer a JOIN expectation e ON e.id = a.expectation_id JOIN app_user u ON u.id = a.author_user_id
        WHERE e.plan_id = ANY($1) ORDER BY a.id`,
      [planIds],
    );
    const boundaries: BoundaryHead[] = await manager.query(
      `SELECT id, plan_id AS "planId", owner_member_id AS "ownerMemberId", category, current_version AS "currentVersion", created_at AS "createdAt"
         FROM boundary WHERE plan_id = ANY($1) ORDER BY created_at, id`,
      [planIds],
    );
    const boundaryVersions: (BoundaryVersionRow & { boundaryId: string })[] = await manager.query(
      `SELECT v.boundary_id AS "boundaryId", v.version, v.need, v.if_crossed AS "ifCrossed",
              v.applies_to_member_ids AS "appliesToMemberIds", v.visibility, v.created_at AS "createdAt"
         FROM boundary_version v JOIN boundary b ON b.id = v.boundary_id WHERE b.plan_id = ANY($1) ORDER BY v.version`,
      [planIds],
    );
    const acknowledgements: (BoundaryAcknowledgementRow & { boundaryId: string })[] =
      await manager.query(
        `SELECT a.boundary_id AS "boundaryId", a.version, a.member_id AS "memberId", a.created_at AS "createdAt"
           FROM boundary_acknowledgement a JOIN boundary b ON b.id = a.boundary_id WHERE b.plan_id = ANY($1) ORDER BY a.id`,
        [planIds],
      );
    const contracts: ContractHead[] = await manager.query(
      `SELECT DISTINCT ON (plan_id) id, plan_id AS "planId", version, content, content_hash AS "contentHash", created_at AS "createdAt",
              (count(*) OVER (PARTITION BY plan_id))::int AS "versionCount"
         FROM contract_version WHERE plan_id = ANY($1) ORDER BY plan_id, version DESC`,
      [planIds],
    );
    const signatures: (SignatureRow & { contractVersionId: string })[] = await manager.query(
      `SELECT s.contract_version_id AS "contractVersionId", s.member_id AS "memberId", s.typed_name AS "typedName",
              s.content_hash AS "contentHash", s.signed_at AS "signedAt"
         FROM contract_signature s
        WHERE s.contract_version_id IN (SELECT DISTINCT ON (plan_id) id FROM contract_version WHERE plan_id = ANY($1) ORDER BY plan_id, version DESC)
        ORDER BY s.signed_at, s.id`,
      [planIds],
    );
    const phases = await this.phases(manager, planIds);

    const versionsOf = groupBy(versions, (v) => v.expectationId);
    const answersOf = groupBy(answers, (a) => a.expectationId);
    const boundaryVersionsOf = groupBy(boundaryVersions, (v) => v.boundaryId);
    const acknowledgementsOf = groupBy(acknowledgements, (a) => a.boundaryId);
    const signaturesOf = groupBy(signatures, (s) => s.contractVersionId);
    return {
      members,
      expectations: expectations.map((e) => ({
        ...e,
        versions: versionsOf.get(e.id) ?? [],
        answers: answersOf.get(e.id) ?? [],
      })),
      boundaries: boundaries.map((b) => ({
        ...b,
        versions: boundaryVersionsOf.get(b.id) ?? [],
        acknowledgements: acknowledgementsOf.get(b.id) ?? [],
      })),
      contracts: contracts.map((c) => ({ ...c, signatures: signaturesOf.get(c.id) ?? [] })),
      phases,
    };
  }

  /** Whether everyone active on the plan has signed its current contract (a phase with overnight stays asks for it). */
  async contractSignedByAllActiveMembers(manager: EntityManager, planId: string): Promise<boolean> {
    const { contracts, members } = await this.load(manager, [planId]);
    const [contract] = contracts;
    const active = members.filter((m) => m.status === 'ACTIVE');
    return !!contract && active.length > 0 && unsignedActiveMembers(contract, members).length === 0;
  }

  /** The patient and family members of the plans, whatever their status (names in history stay readable). */
  async members(manager: EntityManager, planIds: string[]): Promise<MemberRow[]> {
    const rows: MemberRow[] = await manager.query(
      `SELECT id, plan_id AS "planId", kind, relationship, display_name AS "displayName", status, membership_id AS "membershipId"
         FROM plan_member WHERE plan_id = ANY($1) AND kind IN ('PATIENT', 'FAMILY') ORDER BY added_at, id`,
      [planIds],
    );
    return rows;
  }

  /** The ladders of the plans, in order: the agreement names the phase an expectation applies from. */
  async phases(manager: EntityManager, planIds: string[]): Promise<PhaseRow[]> {
    const rows: PhaseRow[] = await manager.query(
      `SELECT plan_id AS "planId", position, name FROM plan_phase WHERE plan_id = ANY($1) ORDER BY position`,
      [planIds],
    );
    return rows;
  }

  /** One version of a plan's contract, with its signatures and the number of versions; null if there is none. */
  async contractVersion(
    manager: EntityManager,
    planId: string,
    version: number,
  ): Promise<ContractRow | null> {
    const [row]: ContractVersionWithSignatures[] = await manager.query(
      `SELECT id, plan_id AS "planId", version, content, content_hash AS "contentHash", created_at AS "createdAt",
              (SELECT count(*)::int FROM contract_version WHERE plan_id = $1) AS "versionCount",
              COALESCE((SELECT json_agg(json_build_object('memberId', s.member_id, 'typedName', s.typed_name, 'contentHash', s.content_hash, 'signedAt', s.signed_at)
                                 ORDER BY s.signed_at, s.id)
                          FROM contract_signature s WHERE s.contract_version_id = c.id), '[]') AS signatures
         FROM contract_version c WHERE plan_id = $1 AND version = $2`,
      [planId, version],
    );
    if (!row) return null;
    return {
      ...row,
      signatures: row.signatures.map((s) => ({ ...s, signedAt: new Date(s.signedAt) })),
    };
  }

  /** The name on a person's account: a signature must match it. */
  async accountName(manager: EntityManager, userId: string): Promise<string> {
    const [row]: { displayName: string }[] = await manager.query(
      'SELECT display_name AS "displayName" FROM app_user WHERE id = $1',
      [userId],
    );
    return row.displayName;
  }

  /** Whose home the contract is and which program keeps it, for the PDF's first lines. */
  async contractHeader(manager: EntityManager, planId: string): Promise<ContractHeader> {
    const [header]: ContractHeader[] = await manager.query(
      `SELECT u.display_name AS "patientName", o.name AS "programName"
         FROM plan p JOIN membership m ON m.id = p.patient_membership_id JOIN app_user u ON u.id = m.user_id
         JOIN organization o ON o.id = p.organization_id WHERE p.id = $1`,
      [planId],
    );
    return header;
  }
}

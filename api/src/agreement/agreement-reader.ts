import { Injectable } from '@nestjs/common';
import {
  BoundaryVisibility,
  ExpectationCategory,
  ExpectationDecision,
  ExpectationStatus,
} from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { ContractContent } from './home-contract/contract-content';
import { MemberKind, MemberStatus } from '../planning/plan-members/plan-member.entity';

export interface MemberRow {
  id: string;
  planId: string;
  kind: MemberKind;
  relationship: string | null;
  displayName: string;
  status: MemberStatus;
  membershipId: string | null;
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
  versions: {
    version: number;
    text: string;
    reviewOn: string | null;
    authorName: string;
    createdAt: Date;
  }[];
  answers: {
    id: string;
    version: number;
    memberId: string | null;
    decision: ExpectationDecision | null;
    comment: string | null;
    suggestedText: string | null;
    authorName: string;
    createdAt: Date;
  }[];
}

export interface BoundaryRow {
  id: string;
  planId: string;
  ownerMemberId: string;
  category: ExpectationCategory;
  currentVersion: number;
  createdAt: Date;
  versions: {
    version: number;
    need: string;
    ifCrossed: string;
    appliesToMemberIds: string[];
    visibility: BoundaryVisibility;
    createdAt: Date;
  }[];
  acknowledgements: { version: number; memberId: string; createdAt: Date }[];
}

export interface ContractRow {
  id: string;
  planId: string;
  version: number;
  content: ContractContent;
  contentHash: string;
  createdAt: Date;
  versionCount: number;
  signatures: { memberId: string; typedName: string; contentHash: string; signedAt: Date }[];
}

/** Everything the agreement of some plans holds, read in a fixed number of statements however many plans. */
export interface AgreementData {
  members: MemberRow[];
  expectations: ExpectationRow[];
  boundaries: BoundaryRow[];
  /** The latest contract version of each plan that has one. */
  contracts: ContractRow[];
  phases: { planId: string; position: number; name: string }[];
}

const groupBy = <T, K>(rows: T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

type Results<T extends readonly (() => Promise<unknown>)[]> = {
  -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>;
};

async function inSequence<T extends readonly (() => Promise<unknown>)[]>(
  steps: T,
): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as Results<T>;
}

/** Reads the agreement of one or more plans. The caller has checked access. */
@Injectable()
export class AgreementReader {
  async load(manager: EntityManager, planIds: string[]): Promise<AgreementData> {
    if (planIds.length === 0)
      return { members: [], expectations: [], boundaries: [], contracts: [], phases: [] };
    // One after another: a transaction's connection runs one statement at a time anyway.
    const q =
      <T>(sql: string) =>
      () =>
        manager.query(sql, [planIds]) as Promise<T[]>;
    const [
      members,
      expectations,
      versions,
      answers,
      boundaries,
      boundaryVersions,
      acknowledgements,
      contracts,
      signatures,
      phases,
    ] = await inSequence([
      () => this.members(manager, planIds),
      q<Omit<ExpectationRow, 'versions' | 'answers'>>(
        `SELECT id, plan_id AS "planId", from_member_id AS "fromMemberId", to_member_id AS "toMemberId", category,
                applies_from_phase AS "appliesFromPhase", to_char(review_on, 'YYYY-MM-DD') AS "reviewOn", status,
                current_version AS "currentVersion", agreed_version AS "agreedVersion", created_at AS "createdAt"
           FROM expectation WHERE plan_id = ANY($1) ORDER BY created_at, id`,
      ),
      q<ExpectationRow['versions'][number] & { expectationId: string }>(
        `SELECT v.expectation_id AS "expectationId", v.version, v.text, to_char(v.review_on, 'YYYY-MM-DD') AS "reviewOn",
                u.display_name AS "authorName", v.created_at AS "createdAt"
           FROM expectation_version v JOIN expectation e ON e.id = v.expectation_id JOIN app_user u ON u.id = v.author_user_id
          WHERE e.plan_id = ANY($1) ORDER BY v.version`,
      ),
      q<ExpectationRow['answers'][number] & { expectationId: string }>(
        `SELECT a.id, a.expectation_id AS "expectationId", a.version, a.member_id AS "memberId", a.decision, a.comment,
                a.suggested_text AS "suggestedText", u.display_name AS "authorName", a.created_at AS "createdAt"
           FROM expectation_answer a JOIN expectation e ON e.id = a.expectation_id JOIN app_user u ON u.id = a.author_user_id
          WHERE e.plan_id = ANY($1) ORDER BY a.id`,
      ),
      q<Omit<BoundaryRow, 'versions' | 'acknowledgements'>>(
        `SELECT id, plan_id AS "planId", owner_member_id AS "ownerMemberId", category, current_version AS "currentVersion", created_at AS "createdAt"
           FROM boundary WHERE plan_id = ANY($1) ORDER BY created_at, id`,
      ),
      q<BoundaryRow['versions'][number] & { boundaryId: string }>(
        `SELECT v.boundary_id AS "boundaryId", v.version, v.need, v.if_crossed AS "ifCrossed",
                v.applies_to_member_ids AS "appliesToMemberIds", v.visibility, v.created_at AS "createdAt"
           FROM boundary_version v JOIN boundary b ON b.id = v.boundary_id WHERE b.plan_id = ANY($1) ORDER BY v.version`,
      ),
      q<BoundaryRow['acknowledgements'][number] & { boundaryId: string }>(
        `SELECT a.boundary_id AS "boundaryId", a.version, a.member_id AS "memberId", a.created_at AS "createdAt"
           FROM boundary_acknowledgement a JOIN boundary b ON b.id = a.boundary_id WHERE b.plan_id = ANY($1) ORDER BY a.id`,
      ),
      q<Omit<ContractRow, 'signatures'>>(
        `SELECT DISTINCT ON (plan_id) id, plan_id AS "planId", version, content, content_hash AS "contentHash", created_at AS "createdAt",
                (count(*) OVER (PARTITION BY plan_id))::int AS "versionCount"
           FROM contract_version WHERE plan_id = ANY($1) ORDER BY plan_id, version DESC`,
      ),
      q<ContractRow['signatures'][number] & { contractVersionId: string }>(
        `SELECT s.contract_version_id AS "contractVersionId", s.member_id AS "memberId", s.typed_name AS "typedName",
                s.content_hash AS "contentHash", s.signed_at AS "signedAt"
           FROM contract_signature s
          WHERE s.contract_version_id IN (SELECT DISTINCT ON (plan_id) id FROM contract_version WHERE plan_id = ANY($1) ORDER BY plan_id, version DESC)
          ORDER BY s.signed_at, s.id`,
      ),
      q<AgreementData['phases'][number]>(
        `SELECT plan_id AS "planId", position, name FROM plan_phase WHERE plan_id = ANY($1) ORDER BY position`,
      ),
    ] as const);
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

  /** The patient and family members of the plans, whatever their status (names in history stay readable). */
  members(manager: EntityManager, planIds: string[]): Promise<MemberRow[]> {
    return manager.query(
      `SELECT id, plan_id AS "planId", kind, relationship, display_name AS "displayName", status, membership_id AS "membershipId"
         FROM plan_member WHERE plan_id = ANY($1) AND kind IN ('PATIENT', 'FAMILY') ORDER BY added_at, id`,
      [planIds],
    ) as Promise<MemberRow[]>;
  }

  /** One version of a plan's contract, with its signatures and the number of versions; null if there is none. */
  async contractVersion(
    manager: EntityManager,
    planId: string,
    version: number,
  ): Promise<ContractRow | null> {
    const [row] = (await manager.query(
      `SELECT id, plan_id AS "planId", version, content, content_hash AS "contentHash", created_at AS "createdAt",
              (SELECT count(*)::int FROM contract_version WHERE plan_id = $1) AS "versionCount",
              COALESCE((SELECT json_agg(json_build_object('memberId', s.member_id, 'typedName', s.typed_name, 'contentHash', s.content_hash, 'signedAt', s.signed_at)
                                 ORDER BY s.signed_at, s.id)
                          FROM contract_signature s WHERE s.contract_version_id = c.id), '[]') AS signatures
         FROM contract_version c WHERE plan_id = $1 AND version = $2`,
      [planId, version],
    )) as (Omit<ContractRow, 'signatures'> & {
      signatures: (Omit<ContractRow['signatures'][number], 'signedAt'> & { signedAt: string })[];
    })[];
    if (!row) return null;
    return {
      ...row,
      signatures: row.signatures.map((s) => ({ ...s, signedAt: new Date(s.signedAt) })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { CommitmentOutcome, RepairStatus } from '@homeward/domain';
import { EntityManager } from 'typeorm';

export interface RepairRow {
  id: string;
  concernId: string;
  version: number;
  status: RepairStatus;
  createdAt: Date;
  commitments: {
    id: string;
    memberId: string;
    memberName: string;
    words: string;
    reviewOn: string | null;
    accepted: boolean;
    ownerMark: CommitmentOutcome | null;
    confirmed: CommitmentOutcome | null;
  }[];
}

/**
 * Each concern's current repair agreement (the newest version), read for the concern's view.
 * Read-only: repair agreements write their own tables (repair/repair-agreements).
 */
@Injectable()
export class ConcernRepairReadModel {
  async current(manager: EntityManager, concernIds: string[]): Promise<Map<string, RepairRow>> {
    const found = new Map<string, RepairRow>();
    if (concernIds.length === 0) return found;
    const agreements: Omit<RepairRow, 'commitments'>[] = await manager.query(
      `SELECT DISTINCT ON (a.concern_id) a.id, a.concern_id AS "concernId", a.version, a.status, a.created_at AS "createdAt"
         FROM repair_agreement a WHERE a.concern_id = ANY($1) ORDER BY a.concern_id, a.version DESC`,
      [concernIds],
    );
    if (agreements.length === 0) return found;
    const commitments: (RepairRow['commitments'][number] & { agreementId: string })[] =
      await manager.query(
        `SELECT c.id, c.agreement_id AS "agreementId", c.member_id AS "memberId", pm.display_name AS "memberName",
                c.words, to_char(c.review_on, 'YYYY-MM-DD') AS "reviewOn",
                EXISTS (SELECT 1 FROM repair_acceptance r WHERE r.agreement_id = c.agreement_id AND r.member_id = c.member_id) AS accepted,
                (SELECT m.outcome FROM repair_commitment_mark m WHERE m.commitment_id = c.id AND m.role = 'OWNER'
                  ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS "ownerMark",
                (SELECT m.outcome FROM repair_commitment_mark m WHERE m.commitment_id = c.id AND m.role = 'STAFF'
                  ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS confirmed
           FROM repair_commitment c JOIN plan_member pm ON pm.id = c.member_id
          WHERE c.agreement_id = ANY($1) ORDER BY c.position`,
        [agreements.map((a) => a.id)],
      );
    for (const agreement of agreements) {
      found.set(agreement.concernId, {
        ...agreement,
        commitments: commitments
          .filter((c) => c.agreementId === agreement.id)
          .map(({ agreementId: _, ...c }) => c),
      });
    }
    return found;
  }
}

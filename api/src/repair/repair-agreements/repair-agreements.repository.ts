import { Injectable } from '@nestjs/common';
import { CommitmentOutcome, RepairStatus } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { CommitmentMark, MarkRole } from './commitment-mark.entity';
import { RepairAcceptance } from './repair-acceptance.entity';
import { RepairAgreement } from './repair-agreement.entity';
import { RepairCommitment } from './repair-commitment.entity';

/** The repair tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class RepairAgreementsRepository {
  async latest(manager: EntityManager, concernId: string): Promise<RepairAgreement | null> {
    return manager.findOne(RepairAgreement, {
      where: { concernId },
      order: { version: 'DESC' },
    });
  }

  byId(manager: EntityManager, id: string): Promise<RepairAgreement | null> {
    return manager.findOneBy(RepairAgreement, { id });
  }

  async insert(
    manager: EntityManager,
    agreement: Pick<
      RepairAgreement,
      'concernId' | 'planId' | 'version' | 'proposedByUserId' | 'createdAt'
    >,
  ): Promise<RepairAgreement> {
    return manager.save(manager.create(RepairAgreement, { ...agreement, status: 'PROPOSED' }));
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: RepairStatus,
    at: { agreedAt?: Date; keptAt?: Date } = {},
  ): Promise<void> {
    await manager.update(RepairAgreement, { id }, { status, ...at });
  }

  async insertCommitments(
    manager: EntityManager,
    rows: Pick<
      RepairCommitment,
      'agreementId' | 'memberId' | 'position' | 'words' | 'reviewOn' | 'createdAt'
    >[],
  ): Promise<void> {
    await manager.insert(RepairCommitment, rows);
  }

  commitments(manager: EntityManager, agreementId: string): Promise<RepairCommitment[]> {
    return manager.find(RepairCommitment, { where: { agreementId }, order: { position: 'ASC' } });
  }

  commitment(manager: EntityManager, id: string): Promise<RepairCommitment | null> {
    return manager.findOneBy(RepairCommitment, { id });
  }

  /** The concern a commitment's agreement belongs to. */
  async concernOfCommitment(manager: EntityManager, commitmentId: string): Promise<string | null> {
    const [row] = await manager.query(
      `SELECT a.concern_id FROM repair_commitment c JOIN repair_agreement a ON a.id = c.agreement_id WHERE c.id = $1`,
      [commitmentId],
    );
    return (row?.concern_id as string | undefined) ?? null;
  }

  async accepted(manager: EntityManager, agreementId: string): Promise<Set<string>> {
    const rows = await manager.find(RepairAcceptance, { where: { agreementId } });
    return new Set(rows.map((r) => r.memberId));
  }

  async accept(
    manager: EntityManager,
    row: Pick<RepairAcceptance, 'agreementId' | 'memberId' | 'authorUserId' | 'createdAt'>,
  ): Promise<void> {
    await manager.insert(RepairAcceptance, row);
  }

  async mark(
    manager: EntityManager,
    row: Pick<CommitmentMark, 'commitmentId' | 'role' | 'outcome' | 'authorUserId' | 'createdAt'>,
  ): Promise<void> {
    await manager.insert(CommitmentMark, row);
  }

  /** The latest mark of this role on each of the agreement's commitments. */
  async latestMarks(
    manager: EntityManager,
    agreementId: string,
    role: MarkRole,
  ): Promise<Map<string, CommitmentOutcome>> {
    const rows: { commitmentId: string; outcome: CommitmentOutcome }[] = await manager.query(
      `SELECT DISTINCT ON (m.commitment_id) m.commitment_id AS "commitmentId", m.outcome
         FROM repair_commitment_mark m JOIN repair_commitment c ON c.id = m.commitment_id
        WHERE c.agreement_id = $1 AND m.role = $2
        ORDER BY m.commitment_id, m.created_at DESC, m.id DESC`,
      [agreementId, role],
    );
    return new Map(rows.map((r) => [r.commitmentId, r.outcome]));
  }

  /**
   * Each commitment of the plan's current repairs that staff have confirmed, on the day (in the
   * plan's time zone) of its latest confirmation: kept or not yet. The track record counts them.
   */
  confirmedSince(
    manager: EntityManager,
    planId: string,
    since: string,
    timeZone: string,
  ): Promise<{ day: string; kept: boolean }[]> {
    return manager.query(
      `SELECT day, kept FROM (
         SELECT DISTINCT ON (m.commitment_id) to_char(m.created_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
                m.outcome = 'KEPT' AS kept
           FROM repair_commitment_mark m
           JOIN repair_commitment c ON c.id = m.commitment_id
           JOIN repair_agreement a ON a.id = c.agreement_id
          WHERE a.plan_id = $1 AND a.status <> 'SUPERSEDED' AND m.role = 'STAFF'
          ORDER BY m.commitment_id, m.created_at DESC, m.id DESC) latest
        WHERE day >= $2`,
      [planId, since, timeZone],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { ConsentCategory } from '@homeward/domain';
import { EntityManager, IsNull } from 'typeorm';
import { Consent } from './consent.entity';
import { Disclosure } from './disclosure.entity';

export type NewConsent = Omit<Consent, 'id' | 'revokedAt' | 'plan' | 'recipientMember'>;
export type NewDisclosure = Omit<Disclosure, 'id'>;

/** A family member's newest consent that has not been revoked (it may have expired). */
export interface LiveConsentRow {
  id: string;
  recipientMemberId: string;
  categories: ConsentCategory[];
  expiresAt: Date;
  revokedAt: Date | null;
}

/** The consent and disclosure tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class ConsentsRepository {
  /** A consent on a plan of this organization; null for one of another organization, as for none. */
  byIdInOrganization(
    manager: EntityManager,
    id: string,
    organizationId: string,
  ): Promise<Consent | null> {
    return manager
      .createQueryBuilder(Consent, 'c')
      .innerJoin('plan', 'p', 'p.id = c.plan_id')
      .where('c.id = :id AND p.organization_id = :organizationId', { id, organizationId })
      .getOne();
  }

  byId(manager: EntityManager, id: string): Promise<Consent> {
    return manager.findOneByOrFail(Consent, { id });
  }

  /** Every consent on the plan, newest first. */
  ofPlan(manager: EntityManager, planId: string): Promise<Consent[]> {
    return manager.find(Consent, { where: { planId }, order: { signedAt: 'DESC', id: 'ASC' } });
  }

  /** Each of these family members' newest unrevoked consent. */
  liveFor(manager: EntityManager, memberIds: string[]): Promise<LiveConsentRow[]> {
    return manager.query(
      `SELECT DISTINCT ON (recipient_member_id) id, recipient_member_id AS "recipientMemberId", categories,
              expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM consent WHERE recipient_member_id = ANY($1::uuid[]) AND revoked_at IS NULL
        ORDER BY recipient_member_id, signed_at DESC`,
      [memberIds],
    );
  }

  /** Revokes whatever consent this family member still has: a new grant replaces it. */
  async revokeLiveFor(manager: EntityManager, memberId: string, now: Date): Promise<void> {
    await manager.update(
      Consent,
      { recipientMemberId: memberId, revokedAt: IsNull() },
      { revokedAt: now },
    );
  }

  insert(manager: EntityManager, consent: NewConsent): Promise<Consent> {
    return manager.save(manager.create(Consent, consent));
  }

  async revoke(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.update(Consent, { id }, { revokedAt: now });
  }

  async addDisclosures(manager: EntityManager, disclosures: NewDisclosure[]): Promise<void> {
    if (disclosures.length > 0) await manager.insert(Disclosure, disclosures);
  }
}

import { Injectable } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** An account in the organization, found by its email. */
export interface AccountRow {
  membershipId: string;
  role: Role;
}

/**
 * A read model (read-only, across identity's tables): whether someone proposed as family
 * already has an account in the organization, so they are linked rather than invited.
 */
@Injectable()
export class FamilyAccountsReader {
  async byEmail(
    manager: EntityManager,
    organizationId: string,
    email: string,
  ): Promise<AccountRow | null> {
    const rows: AccountRow[] = await manager.query(
      `SELECT m.id AS "membershipId", m.role FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND u.email = $2`,
      [organizationId, email],
    );
    return rows[0] ?? null;
  }
}

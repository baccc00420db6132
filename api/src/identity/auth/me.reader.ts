import { Injectable } from '@nestjs/common';
import { Language, Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** A signed-in person as they see themselves: account, membership and organization. */
export interface MeRow {
  id: string;
  email: string;
  display_name: string;
  language: Language;
  time_zone: string;
  role: Role;
  organization_id: string;
  organization_name: string;
  totp_enabled: boolean;
  recovery_codes_left: number;
}

/** One place the person may act in: a role in an organization. */
export interface PlaceRow {
  id: string;
  role: Role;
  organization_id: string;
  organization_name: string;
}

/** `me` in one query (a read model over people's and organizations' tables; it never writes). */
@Injectable()
export class MeReader {
  async me(manager: EntityManager, userId: string, membershipId: string): Promise<MeRow> {
    const [row]: MeRow[] = await manager.query(
      `SELECT u.id, u.email, u.display_name, u.language, COALESCE(u.time_zone, o.time_zone) AS time_zone,
              m.role, o.id AS organization_id, o.name AS organization_name,
              u.totp_enabled_at IS NOT NULL AS totp_enabled,
              (SELECT count(*)::int FROM recovery_code r
                WHERE r.user_id = u.id AND r.used_at IS NULL) AS recovery_codes_left
         FROM membership m
         JOIN app_user u ON u.id = m.user_id
         JOIN organization o ON o.id = m.organization_id
        WHERE m.id = $1 AND m.user_id = $2`,
      [membershipId, userId],
    );
    if (!row) throw new Error(`Membership ${membershipId} is not ${userId}'s`);
    return row;
  }

  /** The person's active memberships, organization by organization, staff roles first. */
  places(manager: EntityManager, userId: string): Promise<PlaceRow[]> {
    return manager.query(
      `SELECT m.id, m.role, o.id AS organization_id, o.name AS organization_name
         FROM membership m JOIN organization o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND m.status = 'ACTIVE'
        ORDER BY o.name, o.id, m.role, m.id`,
      [userId],
    );
  }
}

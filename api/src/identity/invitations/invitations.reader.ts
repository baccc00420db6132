import { Injectable } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** An invitation as staff list it, with the name of who sent it (none for the first admin's). */
export interface InvitationRow {
  id: string;
  email: string;
  display_name: string | null;
  role: Role;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  invited_by_name: string | null;
  for_plan: boolean;
}

const SELECT = `SELECT i.id, i.email, i.display_name, i.role, i.created_at, i.expires_at, i.accepted_at, i.revoked_at, u.display_name AS invited_by_name,
          i.plan_member_id IS NOT NULL AS for_plan
   FROM invitation i
   LEFT JOIN membership m ON m.id = i.invited_by_id
   LEFT JOIN app_user u ON u.id = m.user_id`;

/** Invitations with who sent them (a read model: it reads people's tables, never writes them). */
@Injectable()
export class InvitationsReader {
  async byId(manager: EntityManager, id: string): Promise<InvitationRow> {
    const [row]: InvitationRow[] = await manager.query(`${SELECT} WHERE i.id = $1`, [id]);
    return row;
  }

  /** One organization's invitations, newest first, before a keyset position; `limit` at most. */
  page(
    manager: EntityManager,
    organizationId: string,
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<InvitationRow[]> {
    return manager.query(
      `${SELECT}
        WHERE i.organization_id = $1 AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
        ORDER BY i.created_at DESC, i.id DESC LIMIT $4`,
      [organizationId, after?.at ?? null, after?.id ?? null, limit],
    );
  }
}

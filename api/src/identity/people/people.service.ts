import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { SessionService } from '../auth/session.service';
import { AuditService } from '../../audit/audit.service';
import { decodeCursor, toPage } from '../../platform/pagination';
import { PeopleArgs } from './dto/people.args';
import { PersonConnection, PersonModel } from './dto/person.model';
import { Membership, MembershipStatus } from './membership.entity';

interface PersonRow {
  id: string;
  display_name: string;
  email: string;
  role: PersonModel['role'];
  status: MembershipStatus;
  created_at: Date;
}

const toPerson = (r: PersonRow): PersonModel => ({
  id: r.id,
  displayName: r.display_name,
  email: r.email,
  role: r.role,
  status: r.status,
  joinedAt: r.created_at,
});

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** The actor's organization only, oldest first, keyset-paginated. */
  async list(actor: Actor, page: PeopleArgs): Promise<PersonConnection> {
    const after = decodeCursor(page.after);
    const rows = (await this.dataSource.query(
      `SELECT m.id, u.display_name, u.email, m.role, m.status, m.created_at
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.id) > ($2::timestamptz, $3::uuid))
          AND ($5::role IS NULL OR m.role = $5)
        ORDER BY m.created_at, m.id LIMIT $4`,
      [
        actor.organizationId,
        after?.at ?? null,
        after?.id ?? null,
        page.first + 1,
        page.role ?? null,
      ],
    )) as PersonRow[];
    return toPage(rows.map(toPerson), page.first, (p) => ({
      at: p.joinedAt.toISOString(),
      id: p.id,
    }));
  }

  /** Disabling a membership ends that person's sessions in this organization at once. */
  setStatus(
    actor: Actor,
    membershipId: string,
    status: MembershipStatus,
    origin: RequestOrigin,
  ): Promise<PersonModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'person.disable', membershipId);
      await manager.update(Membership, { id: membershipId }, { status });
      if (status === 'DISABLED') await this.sessions.end(manager, { membershipId }, 'DISABLED');
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: status === 'DISABLED' ? 'person.disabled' : 'person.enabled',
        recordType: 'membership',
        recordId: membershipId,
        ip: origin.ip,
      });
      return this.get(manager, membershipId);
    });
  }

  /** The person's own time zone, else their organization's: the zone their days are counted in. */
  async timeZoneOf(manager: EntityManager, actor: Actor): Promise<string> {
    const [row]: { zone: string }[] = await manager.query(
      `SELECT COALESCE(u.time_zone, o.time_zone) AS zone FROM app_user u, organization o WHERE u.id = $1 AND o.id = $2`,
      [actor.userId, actor.organizationId],
    );
    return row.zone;
  }

  private async get(manager: EntityManager, membershipId: string): Promise<PersonModel> {
    const [row] = (await manager.query(
      `SELECT m.id, u.display_name, u.email, m.role, m.status, m.created_at
         FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.id = $1`,
      [membershipId],
    )) as PersonRow[];
    return toPerson(row);
  }
}

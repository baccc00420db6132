import { Injectable } from '@nestjs/common';
import { Permission, roleMay } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { forbidden, notFound } from '../common/errors';
import { Invitation } from '../invitations/invitation.entity';
import { Membership } from '../people/membership.entity';

/**
 * "May this person do this to that record?" — the one place that decides (STYLE 6).
 * One case per permission, default deny. A record of another organization answers
 * NOT_FOUND, exactly as a record that does not exist.
 */
@Injectable()
export class AccessService {
  async require(manager: EntityManager, actor: Actor, permission: Permission, recordId: string): Promise<void> {
    if (!roleMay(actor.role, permission)) throw forbidden();
    switch (permission) {
      case 'invitation.revoke': {
        const found = await manager.existsBy(Invitation, { id: recordId, organizationId: actor.organizationId });
        if (!found) throw notFound('invitation');
        return;
      }
      case 'person.disable': {
        const member = await manager.findOneBy(Membership, { id: recordId, organizationId: actor.organizationId });
        if (!member) throw notFound('person');
        if (member.id === actor.membershipId) throw forbidden();
        return;
      }
      default:
        throw forbidden();
    }
  }
}

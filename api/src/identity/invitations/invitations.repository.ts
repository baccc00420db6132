import { Injectable } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { EntityManager, IsNull } from 'typeorm';
import { Invitation } from './invitation.entity';

export interface NewInvitation {
  organizationId: string;
  email: string;
  displayName: string | null;
  role: Role;
  planMemberId: string | null;
  tokenHash: string;
  invitedById: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** The invitation table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class InvitationsRepository {
  byId(manager: EntityManager, id: string): Promise<Invitation> {
    return manager.findOneByOrFail(Invitation, { id });
  }

  byTokenHash(manager: EntityManager, tokenHash: string): Promise<Invitation | null> {
    return manager.findOneBy(Invitation, { tokenHash });
  }

  /** The invitations to a place on a plan that nobody has used or withdrawn yet. */
  pendingForSeat(manager: EntityManager, planMemberId: string): Promise<Invitation[]> {
    return manager.findBy(Invitation, { planMemberId, acceptedAt: IsNull(), revokedAt: IsNull() });
  }

  insert(manager: EntityManager, invitation: NewInvitation): Promise<Invitation> {
    return manager.save(manager.create(Invitation, invitation));
  }

  /** Withdraws the pending invitations for one email to one place (the organization, or a plan). */
  async revokePendingFor(
    manager: EntityManager,
    place: { organizationId: string; email: string; planMemberId: string | null },
    at: Date,
  ): Promise<void> {
    await manager.update(
      Invitation,
      {
        organizationId: place.organizationId,
        email: place.email,
        planMemberId: place.planMemberId ?? IsNull(),
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      },
      { revokedAt: at },
    );
  }

  /** Withdraws one invitation unless it was used or withdrawn already. */
  async revokePending(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(
      Invitation,
      { id, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: at },
    );
  }

  /** Marks the invitation used; false when someone used or withdrew it first. */
  async claim(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const claimed = await manager.update(
      Invitation,
      { id, acceptedAt: IsNull(), revokedAt: IsNull() },
      { acceptedAt: at },
    );
    return claimed.affected === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutgoingMail } from './outgoing-mail.entity';

@Injectable()
export class OutgoingMailRepository {
  async add(manager: EntityManager, mail: Partial<OutgoingMail>): Promise<void> {
    await manager.save(manager.create(OutgoingMail, mail), { reload: false });
    // Wakes a sender on some instance once (and only if) the change commits.
    await manager.query("SELECT pg_notify('homeward_mail', '')");
  }

  /** Pending mail of a purpose whose data holds `match`, held past `at`, becomes due at `at`. */
  async release(
    manager: EntityManager,
    purpose: string,
    match: Record<string, unknown>,
    at: Date,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(OutgoingMail)
      .set({ sendAfter: at })
      .where(
        "status = 'PENDING' AND purpose = :purpose AND data @> CAST(:match AS jsonb) AND send_after > :at",
        { purpose, match: JSON.stringify(match), at },
      )
      .execute();
    const freed = result.affected ?? 0;
    if (freed > 0) await manager.query("SELECT pg_notify('homeward_mail', '')");
    return freed;
  }

  /** Due mail this transaction now holds; another instance skips it (sent exactly once). */
  takeDue(manager: EntityManager, now: Date, limit: number): Promise<OutgoingMail[]> {
    return manager
      .createQueryBuilder(OutgoingMail, 'mail')
      .where("mail.status = 'PENDING' AND mail.send_after <= :now", { now })
      .orderBy('mail.send_after')
      .addOrderBy('mail.created_at')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Where the newest mail of a purpose whose data holds `match` stands. */
  async latest(
    manager: EntityManager,
    purpose: string,
    match: Record<string, unknown>,
  ): Promise<Pick<OutgoingMail, 'status' | 'lastError'> | null> {
    return manager
      .createQueryBuilder(OutgoingMail, 'mail')
      .select(['mail.status', 'mail.lastError'])
      .where('mail.purpose = :purpose AND mail.data @> CAST(:match AS jsonb)', {
        purpose,
        match: JSON.stringify(match),
      })
      .orderBy('mail.created_at', 'DESC')
      .getOne();
  }

  async skipPendingSince(manager: EntityManager, since: Date): Promise<void> {
    await manager.query(
      "UPDATE outgoing_mail SET status = 'SKIPPED' WHERE status = 'PENDING' AND created_at >= $1",
      [since],
    );
  }

  async settle(
    manager: EntityManager,
    ids: string[],
    changes: Partial<Omit<OutgoingMail, 'data'>>,
  ) {
    if (ids.length > 0) await manager.update(OutgoingMail, ids, changes);
  }
}

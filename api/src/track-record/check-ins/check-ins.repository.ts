import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CheckIn } from './check-in.entity';

export type CheckInFields = Pick<
  CheckIn,
  'mood' | 'craving' | 'attendedMeeting' | 'note' | 'noteVisibility' | 'stress' | 'wantsSupport'
>;

export interface NewCheckIn extends CheckInFields {
  planId: string;
  memberId: string;
  day: string;
  idempotencyKey: string;
  createdAt: Date;
}

/** The check_in table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class CheckInsRepository {
  /** Keeps a check-in unless one with the same key was kept already; true when this one is new. */
  async insertOnce(manager: EntityManager, c: NewCheckIn): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(CheckIn)
      .values(c)
      .orIgnore()
      .returning(['id'])
      .execute();
    // RETURNING gives a row only when the insert happened.
    return (result.raw as unknown[]).length > 0;
  }

  byKey(manager: EntityManager, memberId: string, idempotencyKey: string): Promise<CheckIn> {
    return manager.findOneByOrFail(CheckIn, { memberId, idempotencyKey });
  }

  countOnDay(manager: EntityManager, memberId: string, day: string): Promise<number> {
    return manager.countBy(CheckIn, { memberId, day });
  }

  /** A member's check-ins after `since`, newest day first and, within a day, newest first. */
  since(manager: EntityManager, memberId: string, since: string): Promise<CheckIn[]> {
    return manager
      .createQueryBuilder(CheckIn, 'c')
      .where('c.member_id = :memberId AND c.day > :since', { memberId, since })
      .orderBy('c.day', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .getMany();
  }
}

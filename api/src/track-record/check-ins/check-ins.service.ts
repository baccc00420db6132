import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localDay, shiftDay } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { Actor, RequestOrigin } from '../../identity/auth/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { conflict } from '../../platform/errors';
import { MilestonesService } from '../milestones/milestones.service';
import { Plan } from '../../planning/plans/plan.entity';
import { CheckIn } from './check-in.entity';
import {
  CheckInModel,
  FamilyCheckInInput,
  MyCheckInsArgs,
  PatientCheckInInput,
} from './dto/check-in.model';

type Fields = Pick<
  CheckIn,
  'mood' | 'craving' | 'attendedMeeting' | 'note' | 'noteVisibility' | 'stress' | 'wantsSupport'
>;

/** Daily check-ins (DESIGN §3): one per person per day in their time zone; a later one that day counts instead. */
@Injectable()
export class CheckInsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly milestones: MilestonesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  submitPatient(
    actor: Actor,
    input: PatientCheckInInput,
    origin: RequestOrigin,
  ): Promise<CheckInModel> {
    return this.submit(actor, input.planId, 'checkIn.patient', input.idempotencyKey, origin, {
      mood: input.mood,
      craving: input.craving,
      attendedMeeting: input.attendedMeeting,
      note: input.note ?? null,
      noteVisibility: input.note ? (input.noteVisibility ?? 'PLAN') : null,
      stress: null,
      wantsSupport: null,
    });
  }

  submitFamily(
    actor: Actor,
    input: FamilyCheckInInput,
    origin: RequestOrigin,
  ): Promise<CheckInModel> {
    return this.submit(actor, input.planId, 'checkIn.family', input.idempotencyKey, origin, {
      mood: null,
      craving: null,
      attendedMeeting: input.attendedMeeting,
      note: null,
      noteVisibility: null,
      stress: input.stress,
      wantsSupport: input.wantsSupport,
    });
  }

  /** The person's own check-ins of the last days, the replaced ones included, newest first. */
  async mine(actor: Actor, args: MyCheckInsArgs): Promise<CheckInModel[]> {
    const manager = this.dataSource.manager;
    const relation = await this.access.requirePlan(manager, actor, 'checkIn.own', args.planId);
    const day = localDay(this.clock.now(), await this.timeZone(manager, actor));
    const rows = await manager
      .createQueryBuilder(CheckIn, 'c')
      .where('c.member_id = :member AND c.day > :since', {
        member: relation.memberId,
        since: shiftDay(day, args.days),
      })
      .orderBy('c.day', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .getMany();
    const latest = new Set<string>();
    return rows.map((row) => {
      const replaced = latest.has(row.day);
      latest.add(row.day);
      return toModel(row, replaced);
    });
  }

  private submit(
    actor: Actor,
    planId: string,
    permission: 'checkIn.patient' | 'checkIn.family',
    key: string,
    origin: RequestOrigin,
    fields: Fields,
  ): Promise<CheckInModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, permission, planId);
      if (relation.status === 'CLOSED' || relation.status === 'COMPLETED')
        throw conflict('This plan is closed, so check-ins are no longer kept here.');
      const memberId = relation.memberId as string;
      const now = this.clock.now();
      const day = localDay(now, await this.timeZone(manager, actor));
      const inserted = (await manager.query(
        `INSERT INTO check_in (plan_id, member_id, day, mood, craving, attended_meeting, note, note_visibility, stress, wants_support, idempotency_key, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (member_id, idempotency_key) DO NOTHING RETURNING id`,
        [
          planId,
          memberId,
          day,
          fields.mood,
          fields.craving,
          fields.attendedMeeting,
          fields.note,
          fields.noteVisibility,
          fields.stress,
          fields.wantsSupport,
          key,
          now,
        ],
      )) as { id: string }[];
      const row = await manager.findOneByOrFail(CheckIn, { memberId, idempotencyKey: key });
      // A resent request (same key) answers with what was kept the first time, and changes nothing.
      if (inserted.length === 0) return toModel(row, false);
      const earlier = await manager.countBy(CheckIn, { memberId, day });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'checkin.submitted',
        recordType: 'check_in',
        recordId: row.id,
        details: { planId, day, replacesEarlier: earlier > 1 },
        ip: origin.ip,
      });
      await manager.update(Plan, { id: planId }, { lastActivityAt: now });
      await this.milestones.settle(manager, actor, planId);
      return toModel(row, false);
    });
  }

  private async timeZone(manager: EntityManager, actor: Actor): Promise<string> {
    const [row] = (await manager.query(
      `SELECT COALESCE(u.time_zone, o.time_zone) AS zone FROM app_user u, organization o WHERE u.id = $1 AND o.id = $2`,
      [actor.userId, actor.organizationId],
    )) as { zone: string }[];
    return row.zone;
  }
}

function toModel(row: CheckIn, replaced: boolean): CheckInModel {
  return {
    id: row.id,
    day: row.day,
    mood: row.mood,
    craving: row.craving,
    attendedMeeting: row.attendedMeeting,
    note: row.note,
    noteVisibility: row.noteVisibility,
    stress: row.stress,
    wantsSupport: row.wantsSupport,
    createdAt: row.createdAt,
    replaced,
  };
}

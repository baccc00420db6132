import { Injectable } from '@nestjs/common';
import { localDay, shiftDay } from '@homeward/domain';
import { AccessService, ownPlace } from '../../access/access.service';
import { PeopleService } from '../../identity/people/people.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { RequestContext } from '../../platform/request-context';
import { CheckIn } from './check-in.entity';
import { CheckInFields, CheckInsRepository } from './check-ins.repository';
import {
  CheckInModel,
  FamilyCheckInInput,
  MyCheckInsArgs,
  PatientCheckInInput,
} from './dto/check-in.model';

/** Daily check-ins (DESIGN §3): one per person per day in their time zone; a later one that day counts instead. */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly checkIns: CheckInsRepository,
    private readonly people: PeopleService,
  ) {}

  submitPatient(ctx: RequestContext, input: PatientCheckInInput): Promise<CheckInModel> {
    return this.submit(ctx, input.planId, input.idempotencyKey, {
      mood: input.mood,
      craving: input.craving,
      attendedMeeting: input.attendedMeeting,
      note: input.note ?? null,
      noteVisibility: input.note ? (input.noteVisibility ?? 'PLAN') : null,
      stress: null,
      wantsSupport: null,
    });
  }

  submitFamily(ctx: RequestContext, input: FamilyCheckInInput): Promise<CheckInModel> {
    return this.submit(ctx, input.planId, input.idempotencyKey, {
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
  async mine(ctx: RequestContext, args: MyCheckInsArgs): Promise<CheckInModel[]> {
    const { manager } = ctx;
    const relation = await this.access.requirePlan(
      manager,
      ctx.signedIn,
      'checkIn.own',
      args.planId,
    );
    const day = localDay(ctx.now(), await this.people.timeZoneOf(manager, ctx.signedIn));
    const rows = await this.checkIns.since(manager, ownPlace(relation), shiftDay(day, args.days));
    const latest = new Set<string>();
    return rows.map((row) => {
      const replaced = latest.has(row.day);
      latest.add(row.day);
      return toModel(row, replaced);
    });
  }

  private submit(
    ctx: RequestContext,
    planId: string,
    idempotencyKey: string,
    fields: CheckInFields,
  ): Promise<CheckInModel> {
    return this.planChanges.run(
      ctx,
      planId,
      async ({ manager, actor, relation, now }) => {
        const memberId = ownPlace(relation);
        const day = localDay(now, await this.people.timeZoneOf(manager, actor));
        const kept = await this.checkIns.insertOnce(manager, {
          ...fields,
          planId,
          memberId,
          day,
          idempotencyKey,
          createdAt: now,
        });
        const row = await this.checkIns.byKey(manager, memberId, idempotencyKey);
        const answer = async () => toModel(row, false);
        // A resent request (same key) answers with what was kept the first time, and changes nothing.
        if (!kept) return { event: null, answer };
        const earlier = await this.checkIns.countOnDay(manager, memberId, day);
        return {
          event: {
            type: 'checkin.submitted',
            recordType: 'check_in',
            recordId: row.id,
            details: { planId, day, replacesEarlier: earlier > 1 },
          },
          answer,
        };
      },
      { whenClosed: 'CHECK_INS_PLAN_CLOSED' },
    );
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

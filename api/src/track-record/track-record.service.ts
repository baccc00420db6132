import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  commitmentsKept,
  Language,
  localizedDefaultText,
  redisclosureNotice,
  shiftDay,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { checkInNoteFor, RecordReader, trackRecordScope } from '../access/visibility/track-record';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../platform/request-context';
import { ConsentsService } from '../planning/consents/consents.service';
import { FamilySights, SharedRecord, SightOf } from '../planning/consents/family-sights';
import {
  CheckInDayModel,
  CommitmentShareModel,
  TimelineEntryModel,
  TrackRecordModel,
} from './dto/track-record.model';
import { MilestonesService } from './milestones/milestones.service';
import { CommitmentSources } from './commitment-sources';
import { HardDaySources } from './hard-day-sources';
import { PatientDayRow, TimelineRow, TrackRecordReader } from './track-record.reader';

/** A check-in day as a family member reads it (CHECKINS), with the check-in it comes from. */
type SharedCheckInDay = CheckInDayModel & { id: string };

/** How the patient reads days of the record: a family member, within consent. */
const familyReader = (of: SightOf): RecordReader => ({
  staff: false,
  family: true,
  shared: of.shared,
});

/** The record of a plan for charts (DESIGN: Consistency), within consent for family members. */
@Injectable()
export class TrackRecordService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly consents: ConsentsService,
    private readonly audit: AuditService,
    private readonly milestones: MilestonesService,
    private readonly reader: TrackRecordReader,
    private readonly otherCommitments: CommitmentSources,
    private readonly hardDaySources: HardDaySources,
    private readonly sights: FamilySights,
  ) {}

  onModuleInit(): void {
    // What a family member reads of check-ins and commitments kept: this page and the preview alike.
    this.sights.add<SharedCheckInDay[]>('CHECKINS', 'track record', {
      show: async (manager, of) => {
        const { today } = await this.milestones.planDay(manager, of.planId);
        const days = await this.reader.patientDays(manager, of.planId, shiftDay(today, 89));
        const rows = days.map((d) => checkInDay(familyReader(of), d));
        return {
          rows,
          records: rows.map(({ id, day, ...fields }) => ({
            kind: 'CHECK_IN',
            id,
            on: day,
            fields,
          })),
        };
      },
    });
    // PROGRESS on this page: the phase timeline and the hard days marked on the calendar.
    this.sights.add<RecordProgress>('PROGRESS', 'track record', {
      show: async (manager, of) => {
        const { today } = await this.milestones.planDay(manager, of.planId);
        const timeline = (await this.reader.timeline(manager, of.planId))
          .reverse()
          .map((e) => timelineEntry(e, of.language));
        const hardDays = await this.hardDaySources.since(manager, of.planId, shiftDay(today, 89));
        return {
          rows: { timeline, hardDays },
          records: [
            ...timeline.map(({ id, at, ...fields }): SharedRecord => ({
              kind: 'PLAN_EVENT',
              id,
              on: at.toISOString().slice(0, 10),
              fields,
            })),
            ...hardDays.map((day): SharedRecord => ({
              kind: 'HARD_DAY',
              id: `${of.planId}:${day}`,
              on: day,
              fields: { day },
            })),
          ],
        };
      },
    });
    this.sights.add<CommitmentShareModel[]>('ATTENDANCE', 'track record', {
      show: async (manager, of) => {
        // Commitments kept are made of check-in days too: both have to be shared (trackRecordScope).
        if (!trackRecordScope(familyReader(of)).commitments) return { rows: [], records: [] };
        const rows = await this.commitments(manager, of.planId);
        return {
          rows,
          records: rows.map((r) => ({
            kind: 'COMMITMENTS',
            id: `${of.planId}:${r.windowDays}`,
            on: null,
            fields: { windowDays: r.windowDays, kept: r.kept, total: r.total, share: r.share },
          })),
        };
      },
    });
  }

  /** The share of commitments kept over the last 30 and 90 days. */
  private async commitments(
    manager: EntityManager,
    planId: string,
    known?: PatientDayRow[],
  ): Promise<CommitmentShareModel[]> {
    const { timeZone, today, planStartedOn } = await this.milestones.planDay(manager, planId);
    const since90 = shiftDay(today, 89);
    const days = known ?? (await this.reader.patientDays(manager, planId, since90));
    const visitDays = await this.reader.patientVisitDays(manager, planId, since90, timeZone);
    // A repair's commitments, once staff confirmed them, count beside visits and check-ins.
    const settled = await this.otherCommitments.settledSince(manager, planId, since90, timeZone);
    return [30, 90].map((windowDays) => ({
      windowDays,
      ...commitmentsKept({
        checkInDays: days.map((d) => d.day),
        visits: [...visitDays.map((day) => ({ day, kept: true })), ...settled],
        today,
        windowDays,
        since: planStartedOn,
      }),
    }));
  }

  read(ctx: RequestContext, planId: string): Promise<TrackRecordModel> {
    return this.dataSource.transaction(async (manager) => {
      const actor = ctx.signedIn;
      const relation = await this.access.requirePlan(manager, actor, 'trackRecord.read', planId);
      const family = relation.familyMemberId !== null;
      const consent = relation.familyMemberId
        ? await this.consents.liveConsent(manager, relation.familyMemberId)
        : null;
      const reader: RecordReader = {
        staff: relation.isAdmin || relation.isCounselorOfPlan,
        family,
        shared: consent?.categories ?? [],
      };
      const scope = trackRecordScope(reader);

      const { today } = await this.milestones.planDay(manager, planId);
      const since90 = shiftDay(today, 89);
      const familyDays = scope.familyCheckIns
        ? await this.reader.familyDays(manager, planId, shiftDay(today, 29))
        : [];

      let checkInDays: CheckInDayModel[];
      let commitments: CommitmentShareModel[];
      let progress: RecordProgress;
      const shown: SharedRecord[] = [];
      if (family && relation.familyMemberId) {
        // A family member is served exactly what each category's sight shows (and previews).
        const of = {
          planId,
          memberId: relation.familyMemberId,
          language: ctx.language,
          shared: reader.shared,
          now: ctx.now(),
        };
        const checkIns = await this.sights.show<SharedCheckInDay[]>(
          'CHECKINS',
          'track record',
          manager,
          of,
        );
        const kept = await this.sights.show<CommitmentShareModel[]>(
          'ATTENDANCE',
          'track record',
          manager,
          of,
        );
        const moves = await this.sights.show<RecordProgress>(
          'PROGRESS',
          'track record',
          manager,
          of,
        );
        checkInDays = (checkIns?.rows ?? []).map(({ id: _id, ...day }) => day);
        commitments = kept?.rows ?? [];
        // A hard day is the patient's progress: family read it only within PROGRESS, like the timeline.
        progress = moves?.rows ?? { timeline: [], hardDays: [] };
        shown.push(
          ...(checkIns?.records ?? []),
          ...(kept?.records ?? []),
          ...(moves?.records ?? []),
        );
      } else {
        const days = await this.reader.patientDays(manager, planId, since90);
        checkInDays = days.map((d) => {
          const { id: _id, ...day } = checkInDay(reader, d);
          return day;
        });
        commitments = await this.commitments(manager, planId, days);
        progress = {
          timeline: (await this.reader.timeline(manager, planId))
            .reverse()
            .map((e) => timelineEntry(e, ctx.language)),
          hardDays: await this.hardDaySources.since(manager, planId, since90),
        };
      }
      if (consent && scope.disclosed.length > 0)
        await this.consents.disclose(
          manager,
          actor,
          planId,
          consent.consentId,
          scope.disclosed,
          'track_record',
          ctx.origin,
          shown,
        );
      if (reader.staff) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'track_record.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: ctx.origin.ip,
        });
      }
      return {
        planId,
        today,
        checkInDays,
        commitments,
        timeline: progress.timeline,
        hardDays: progress.hardDays,
        familyCheckIns: familyDays.map((c) => ({
          memberName: c.displayName,
          day: c.day,
          stress: c.stress,
          wantsSupport: c.wantsSupport,
          attendedMeeting: c.attendedMeeting,
        })),
        sharedCategories: scope.sharedCategories,
        notice: scope.disclosed.length > 0 ? redisclosureNotice(ctx.language) : null,
      };
    });
  }
}

/** A check-in day as this reader reads it: a family member, only notes shared with the plan. */
function checkInDay(reader: RecordReader, d: PatientDayRow): SharedCheckInDay {
  return {
    id: d.id,
    day: d.day,
    mood: d.mood,
    craving: d.craving,
    attendedMeeting: d.attendedMeeting,
    note: checkInNoteFor(reader, d.note, d.noteVisibility),
  };
}

/** What the record shows of the patient's progress: the phase timeline and hard days. */
interface RecordProgress {
  timeline: TimelineEntryModel[];
  hardDays: string[];
}

/** A timeline entry as anyone reads it; a default ladder's phase names in the reader's language. */
function timelineEntry(e: TimelineRow, language: Language): TimelineEntryModel {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const names = (value: unknown) =>
    Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
  const phase = (value: unknown) => {
    const name = text(value);
    return name === null ? null : localizedDefaultText(name, language);
  };
  return {
    id: e.id,
    kind: e.kind,
    at: e.occurredAt,
    actorName: e.actorName,
    fromPhase: phase(e.details['fromName']),
    toPhase: phase(e.details['toName']),
    reason: text(e.details['reason']),
    agreedBy: names(e.details['agreedBy']),
    waitUntil: text(e.details['waitUntil']),
  };
}

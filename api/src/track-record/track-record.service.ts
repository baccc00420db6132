import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  commitmentsKept,
  localizedDefaultText,
  redisclosureNotice,
  shiftDay,
} from '@homeward/domain';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { checkInNoteFor, RecordReader, trackRecordScope } from '../access/visibility/track-record';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../platform/request-context';
import { ConsentsService } from '../planning/consents/consents.service';
import { TrackRecordModel } from './dto/track-record.model';
import { MilestonesService } from './milestones/milestones.service';
import { CommitmentSources } from './commitment-sources';
import { HardDaySources } from './hard-day-sources';
import { TrackRecordReader } from './track-record.reader';

/** The record of a plan for charts (DESIGN: Consistency), within consent for family members. */
@Injectable()
export class TrackRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly consents: ConsentsService,
    private readonly audit: AuditService,
    private readonly milestones: MilestonesService,
    private readonly reader: TrackRecordReader,
    private readonly otherCommitments: CommitmentSources,
    private readonly hardDaySources: HardDaySources,
  ) {}

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

      const { timeZone, today, planStartedOn } = await this.milestones.planDay(manager, planId);
      const since90 = shiftDay(today, 89);
      const days = scope.checkInDays ? await this.reader.patientDays(manager, planId, since90) : [];
      const visitDays = scope.commitments
        ? await this.reader.patientVisitDays(manager, planId, since90, timeZone)
        : [];
      // A repair's commitments, once staff confirmed them, count beside visits and check-ins.
      const settled = scope.commitments
        ? await this.otherCommitments.settledSince(manager, planId, since90, timeZone)
        : [];
      const timeline = scope.timeline ? await this.reader.timeline(manager, planId) : [];
      // A hard day is the patient's progress: family read it only within PROGRESS, like the timeline.
      const hardDays = scope.timeline
        ? await this.hardDaySources.since(manager, planId, since90)
        : [];
      const familyDays = scope.familyCheckIns
        ? await this.reader.familyDays(manager, planId, shiftDay(today, 29))
        : [];

      const share = (windowDays: number) => ({
        windowDays,
        ...commitmentsKept({
          checkInDays: days.map((d) => d.day),
          visits: [...visitDays.map((day) => ({ day, kept: true })), ...settled],
          today,
          windowDays,
          since: planStartedOn,
        }),
      });
      if (consent && scope.disclosed.length > 0)
        await this.consents.disclose(
          manager,
          actor,
          planId,
          consent.consentId,
          scope.disclosed,
          'track_record',
          ctx.origin,
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
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      const names = (value: unknown) =>
        Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : [];
      // Phase names as stored; a default ladder's name reads in the reader's language.
      const phase = (value: unknown) => {
        const name = text(value);
        return name === null ? null : localizedDefaultText(name, ctx.language);
      };
      return {
        planId,
        today,
        checkInDays: scope.checkIns
          ? days.map((d) => ({
              day: d.day,
              mood: d.mood,
              craving: d.craving,
              attendedMeeting: d.attendedMeeting,
              note: checkInNoteFor(reader, d.note, d.noteVisibility),
            }))
          : [],
        commitments: scope.commitments ? [share(30), share(90)] : [],
        timeline: timeline.reverse().map((e) => ({
          id: e.id,
          kind: e.kind,
          at: e.occurredAt,
          actorName: e.actorName,
          fromPhase: phase(e.details['fromName']),
          toPhase: phase(e.details['toName']),
          reason: text(e.details['reason']),
          agreedBy: names(e.details['agreedBy']),
          waitUntil: text(e.details['waitUntil']),
        })),
        hardDays,
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

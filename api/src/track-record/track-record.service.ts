import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { commitmentsKept, ConsentCategory, redisclosureNotice, shiftDay } from '@homeward/domain';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Actor, RequestOrigin } from '../platform/actor';
import { MilestonesService } from './milestones/milestones.service';
import { ConsentsService } from '../planning/consents/consents.service';
import { TrackRecordModel } from './dto/track-record.model';

const TIMELINE_KINDS = [
  'PLAN_CREATED',
  'PHASE_ADVANCED',
  'PHASE_STEPPED_BACK',
  'PLAN_PAUSED',
  'PLAN_RESUMED',
];

/** The record of a plan for charts (DESIGN: Consistency), within consent for family members. */
@Injectable()
export class TrackRecordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly consents: ConsentsService,
    private readonly audit: AuditService,
    private readonly milestones: MilestonesService,
  ) {}

  read(actor: Actor, planId: string, origin: RequestOrigin): Promise<TrackRecordModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, 'trackRecord.read', planId);
      const staff = relation.isAdmin || relation.isCounselorOfPlan;
      const family = relation.familyMemberId !== null;
      const consent = family
        ? await this.consents.liveConsent(manager, relation.familyMemberId as string)
        : null;
      const may = (category: ConsentCategory) =>
        !family || (consent?.categories.includes(category) ?? false);

      const { timeZone, today, planStartedOn } = await this.milestones.planDay(manager, planId);
      const since90 = shiftDay(today, 89);
      const days =
        may('CHECKINS') || may('ATTENDANCE')
          ? ((await manager.query(
              `SELECT DISTINCT ON (c.day) to_char(c.day, 'YYYY-MM-DD') AS day, c.mood, c.craving, c.attended_meeting, c.note, c.note_visibility
               FROM check_in c JOIN plan_member m ON m.id = c.member_id
              WHERE c.plan_id = $1 AND m.kind = 'PATIENT' AND c.day >= $2
              ORDER BY c.day, c.created_at DESC`,
              [planId, since90],
            )) as {
              day: string;
              mood: number;
              craving: number;
              attended_meeting: boolean;
              note: string | null;
              note_visibility: string | null;
            }[])
          : [];
      // Commitments are made of check-in days and visits: a family member needs both kinds shared.
      const commitmentsShown = may('ATTENDANCE') && may('CHECKINS');
      const visits = commitmentsShown
        ? ((await manager.query(
            `SELECT to_char(v.starts_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day
               FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id JOIN plan_member m ON m.id = vp.member_id
              WHERE v.plan_id = $1 AND m.kind = 'PATIENT' AND vp.willingness = 'WILLING' AND v.status IN ('COMPLETED', 'ENDED_EARLY') AND v.starts_at >= $2::date`,
            [planId, since90, timeZone],
          )) as { day: string }[])
        : [];
      const timeline = may('PROGRESS')
        ? ((await manager.query(
            `SELECT e.id, e.kind, e.occurred_at, u.display_name AS actor_name, e.details
               FROM plan_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
              WHERE e.plan_id = $1 AND e.kind = ANY($2) ORDER BY e.id DESC LIMIT 200`,
            [planId, TIMELINE_KINDS],
          )) as {
            id: string;
            kind: string;
            occurred_at: Date;
            actor_name: string | null;
            details: Record<string, unknown>;
          }[])
        : [];
      const familyCheckIns = staff
        ? ((await manager.query(
            `SELECT DISTINCT ON (c.member_id, c.day) m.display_name, to_char(c.day, 'YYYY-MM-DD') AS day, c.stress, c.wants_support, c.attended_meeting
               FROM check_in c JOIN plan_member m ON m.id = c.member_id
              WHERE c.plan_id = $1 AND m.kind = 'FAMILY' AND c.day >= $2
              ORDER BY c.member_id, c.day, c.created_at DESC`,
            [planId, shiftDay(today, 29)],
          )) as {
            display_name: string;
            day: string;
            stress: number;
            wants_support: boolean;
            attended_meeting: boolean;
          }[])
        : [];

      const share = (windowDays: number) => ({
        windowDays,
        ...commitmentsKept({
          checkInDays: days.map((d) => d.day),
          visits: visits.map((v) => ({ day: v.day, kept: true })),
          today,
          windowDays,
          since: planStartedOn,
        }),
      });
      const shown = family
        ? (['CHECKINS', 'ATTENDANCE', 'PROGRESS'] as const).filter((c) => may(c))
        : [];
      if (family && consent && shown.length > 0)
        await this.consents.disclose(
          manager,
          actor,
          planId,
          consent.consentId,
          [...shown],
          'track_record',
          origin,
        );
      if (staff) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'track_record.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: origin.ip,
        });
      }
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      return {
        planId,
        today,
        checkInDays: may('CHECKINS')
          ? days.map((d) => ({
              day: d.day,
              mood: d.mood,
              craving: d.craving,
              attendedMeeting: d.attended_meeting,
              note: family && d.note_visibility !== 'PLAN' ? null : d.note,
            }))
          : [],
        commitments: commitmentsShown ? [share(30), share(90)] : [],
        timeline: timeline.reverse().map((e) => ({
          id: e.id,
          kind: e.kind,
          at: e.occurred_at,
          actorName: e.actor_name,
          fromPhase: text(e.details['fromName']),
          toPhase: text(e.details['toName']),
          reason: text(e.details['reason']),
          agreedBy: Array.isArray(e.details['agreedBy']) ? (e.details['agreedBy'] as string[]) : [],
          waitUntil: text(e.details['waitUntil']),
        })),
        familyCheckIns: familyCheckIns.map((c) => ({
          memberName: c.display_name,
          day: c.day,
          stress: c.stress,
          wantsSupport: c.wants_support,
          attendedMeeting: c.attended_meeting,
        })),
        sharedCategories: family ? (consent?.categories ?? []) : [],
        notice:
          family && shown.length > 0
            ? redisclosureNotice(await this.consents.readerLanguage(manager, actor))
            : null,
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { HARD_VISIT_RATING, HIGH_CRAVING, ladderText, QUIET_DAYS } from '@homeward/domain';
import { decodeCursor, toPage } from '../../platform/pagination';
import { RequestContext } from '../../platform/request-context';
import {
  AttentionFlag,
  AttentionItemModel,
  CaseloadArgs,
  CaseloadConnection,
  CaseloadEntryModel,
} from './dto/caseload.model';

const DAY_MS = 24 * 60 * 60_000;
export const CONSENT_EXPIRY_WARNING_DAYS = 14;
/** How recent a high craving or a hard visit must be to still ask for a look. */
const HIGH_CRAVING_DAYS = 7;
const HARD_VISIT_DAYS = 14;

interface CaseloadRow {
  id: string;
  patient_name: string;
  status: CaseloadEntryModel['status'];
  created_at: Date;
  last_activity_at: Date;
  phase_name: string | null;
  phase_position: number | null;
  phase_started_at: Date | null;
  awaiting: number;
  invited: number;
  expired_invitations: number;
  expiring_consents: number;
  members:
    | {
        memberId: string;
        name: string;
        kind: 'PATIENT' | 'FAMILY';
        addedAt: string;
        at: string | null;
      }[]
    | null;
  craving_id: string | null;
  craving_at: Date | null;
  craving_member: string | null;
  craving_name: string | null;
  craving_day: string | null;
  hard_visit_id: string | null;
  hard_visit_at: Date | null;
}

/**
 * The counselor's dashboard, a read model (read-only, across the tables of plans, people, check-ins
 * and visits): one SQL statement per page whatever its size, so the page cost stays flat as a
 * caseload grows (`npm run bench` counts the statements).
 */
@Injectable()
export class CaseloadReadModel {
  async list(ctx: RequestContext, args: CaseloadArgs): Promise<CaseloadConnection> {
    const actor = ctx.signedIn;
    const after = decodeCursor(args.after);
    const now = ctx.now();
    const soon = new Date(now.getTime() + CONSENT_EXPIRY_WARNING_DAYS * DAY_MS);
    // Admins see the organization; counselors the plans they lead or staff.
    const counselorId = actor.role === 'ADMIN' ? null : actor.membershipId;
    const rows: CaseloadRow[] = await ctx.manager.query(
      `SELECT p.id, u.display_name AS patient_name, p.status, p.created_at, p.last_activity_at,
              ph.name AS phase_name, ph.position AS phase_position, ph.started_at AS phase_started_at,
              w.awaiting, w.invited, w.expired_invitations, c.expiring_consents, lm.members,
              hc.id AS craving_id, hc.created_at AS craving_at, hc.member_id AS craving_member, hc.display_name AS craving_name, hc.day AS craving_day,
              hv.visit_id AS hard_visit_id, hv.created_at AS hard_visit_at
         FROM plan p
         JOIN membership pm ON pm.id = p.patient_membership_id
         JOIN app_user u ON u.id = pm.user_id
         LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = 'CURRENT'
         CROSS JOIN LATERAL (
           SELECT count(*) FILTER (WHERE m.status = 'AWAITING_PATIENT')::int AS awaiting,
                  count(*) FILTER (WHERE m.status = 'INVITED')::int AS invited,
                  count(*) FILTER (WHERE m.status = 'INVITED' AND i.accepted_at IS NULL AND i.expires_at <= $2)::int AS expired_invitations
             FROM plan_member m LEFT JOIN invitation i ON i.id = m.invitation_id
            WHERE m.plan_id = p.id AND m.kind = 'FAMILY') w
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS expiring_consents FROM consent k
            WHERE k.plan_id = p.id AND k.revoked_at IS NULL AND k.expires_at > $2 AND k.expires_at <= $3) c
         -- Each active member's last check-in, read backwards from an index: who has gone quiet, and the patient's last.
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('memberId', qm.id, 'name', qm.display_name, 'kind', qm.kind, 'addedAt', qm.added_at, 'at', ql.last_at)
                           ORDER BY qm.added_at) AS members
             FROM plan_member qm
             CROSS JOIN LATERAL (SELECT max(qc.created_at) AS last_at FROM check_in qc WHERE qc.member_id = qm.id) ql
            WHERE qm.plan_id = p.id AND qm.status = 'ACTIVE' AND qm.kind IN ('PATIENT', 'FAMILY')) lm ON true
         LEFT JOIN LATERAL (
           SELECT hci.id, hci.created_at, hci.member_id, hm.display_name, to_char(hci.day, 'YYYY-MM-DD') AS day FROM check_in hci JOIN plan_member hm ON hm.id = hci.member_id
            WHERE hci.plan_id = p.id AND hci.craving >= $11 AND hci.created_at >= $12
            ORDER BY hci.created_at DESC LIMIT 1) hc ON true
         LEFT JOIN LATERAL (
           SELECT d.visit_id, d.created_at FROM visit_debrief d JOIN visit hvv ON hvv.id = d.visit_id
            WHERE hvv.plan_id = p.id AND hvv.starts_at >= $14::timestamptz - interval '90 days' AND d.rating <= $13 AND d.created_at >= $14
            ORDER BY d.created_at DESC LIMIT 1) hv ON true
        WHERE p.organization_id = $1
          -- The counselor's plans come from two indexes (led, or staffed), never from a scan of the organization.
          AND ($4::uuid IS NULL OR p.id IN (
                SELECT l.id FROM plan l WHERE l.primary_counselor_id = $4
                UNION ALL
                SELECT s.plan_id FROM plan_member s WHERE s.membership_id = $4 AND s.kind = 'STAFF' AND s.status = 'ACTIVE'))
          AND ($5::text IS NULL OR u.display_name ILIKE '%' || $5 || '%')
          AND ($6::int IS NULL OR ph.position = $6)
          AND ($7::plan_status IS NULL OR p.status = $7)
          AND ($8::timestamptz IS NULL OR (p.created_at, p.id) < ($8::timestamptz, $9::uuid))
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT $10`,
      [
        actor.organizationId,
        now,
        soon,
        counselorId,
        args.search?.trim().replace(/[\\%_]/g, (c) => `\\${c}`) || null,
        args.phase ?? null,
        args.status ?? null,
        after?.at ?? null,
        after?.id ?? null,
        args.first + 1,
        HIGH_CRAVING,
        new Date(now.getTime() - HIGH_CRAVING_DAYS * DAY_MS),
        HARD_VISIT_RATING,
        new Date(now.getTime() - HARD_VISIT_DAYS * DAY_MS),
      ],
    );
    const entries = rows.map((row): CaseloadEntryModel => {
      const flags: AttentionFlag[] = [];
      if (row.status === 'PAUSED') flags.push('PAUSED');
      if (row.awaiting > 0) flags.push('FAMILY_AWAITING_PATIENT');
      if (row.expiring_consents > 0) flags.push('CONSENT_EXPIRING');
      if (row.expired_invitations > 0) flags.push('INVITATION_EXPIRED');
      const members = row.members ?? [];
      const quietSince = now.getTime() - QUIET_DAYS * DAY_MS;
      // Quiet matters on a plan under way; a paused or closed plan is quiet by design.
      const quiet =
        row.status === 'ACTIVE'
          ? members.filter((m) => new Date(m.at ?? m.addedAt).getTime() < quietSince)
          : [];
      const patientLast = members.find((m) => m.kind === 'PATIENT')?.at ?? null;
      const attention: AttentionItemModel[] = [
        ...quiet.map((q) => ({
          flag: 'QUIET' as const,
          memberId: q.memberId,
          memberName: q.name,
          recordId: null,
          at: q.at ? new Date(q.at) : null,
          day: null,
        })),
        ...(row.craving_id
          ? [
              {
                flag: 'HIGH_CRAVING' as const,
                memberId: row.craving_member,
                memberName: row.craving_name,
                recordId: row.craving_id,
                at: row.craving_at,
                day: row.craving_day,
              },
            ]
          : []),
        ...(row.hard_visit_id
          ? [
              {
                flag: 'HARD_VISIT' as const,
                memberId: null,
                memberName: null,
                recordId: row.hard_visit_id,
                at: row.hard_visit_at,
                day: null,
              },
            ]
          : []),
      ];
      for (const item of attention) if (!flags.includes(item.flag)) flags.push(item.flag);
      return {
        planId: row.id,
        patientName: row.patient_name,
        status: row.status,
        // The default ladder's names read in the reader's language; a program's own stay as written.
        currentPhaseName: row.phase_name && ladderText(row.phase_name, ctx.language),
        currentPhasePosition: row.phase_position,
        daysInPhase: row.phase_started_at
          ? Math.floor((now.getTime() - new Date(row.phase_started_at).getTime()) / DAY_MS)
          : null,
        lastActivityAt: row.last_activity_at,
        waitingCount: row.awaiting + row.invited,
        flags,
        lastCheckInAt: patientLast ? new Date(patientLast) : null,
        attention,
        createdAt: row.created_at,
      };
    });
    return toPage(entries, args.first, (e) => ({
      at: new Date(e.createdAt).toISOString(),
      id: e.planId,
    }));
  }
}

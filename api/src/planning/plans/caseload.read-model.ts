import { Injectable } from '@nestjs/common';
import { HARD_VISIT_RATING, HIGH_CRAVING, ladderText, QUIET_DAYS } from '@homeward/domain';
import { preparedQuery } from '../../platform/database/prepared-query';
import { decodeCursor, toPage } from '../../platform/pagination';
import { CASELOAD_FOR_ADMIN_SQL, CASELOAD_FOR_COUNSELOR_SQL } from './caseload.sql';
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
 * caseload grows (`npm run bench` counts the statements). The statements are in caseload.sql.ts.
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
    // Prepared once per connection: planning the statement anew cost as much as running it.
    const [name, sql] = counselorId
      ? ['caseload-of-counselor', CASELOAD_FOR_COUNSELOR_SQL]
      : ['caseload-of-organization', CASELOAD_FOR_ADMIN_SQL];
    const rows = await preparedQuery<CaseloadRow>(ctx.manager, name, sql, [
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
    ]);
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

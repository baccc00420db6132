/**
 * The caseload read model's statements, on their own so that `npm run bench`'s plain node:http +
 * pg server (scripts/bench-raw-server.mjs) runs the very same SQL as the API. Both take the same
 * parameters (see CaseloadReadModel.list): $1 organization, $2 now, $3 the consent warning's end,
 * $4 the counselor (null for an admin), $5 search, $6 phase, $7 status, $8 and $9 the cursor,
 * $10 the page size + 1, $11 the high craving, $12 since when, $13 the hard visit's rating, $14 since when.
 *
 * A page is chosen first, from the plans alone, in order from an index, and only its rows are
 * read further; what the check-ins say comes from plan_summary (one row per plan, kept by every
 * change) instead of a search through the check-ins.
 */

/** The page's filters on a plan `a`; a parameter left null drops its filter when planned. */
const filters = (a: string) => `
      AND ($5::text IS NULL OR EXISTS (
            SELECT 1 FROM membership fm JOIN app_user fu ON fu.id = fm.user_id
             WHERE fm.id = ${a}.patient_membership_id AND fu.display_name ILIKE '%' || $5 || '%'))
      AND ($6::int IS NULL OR EXISTS (
            SELECT 1 FROM plan_phase fp WHERE fp.plan_id = ${a}.id AND fp.status = 'CURRENT' AND fp.position = $6))
      AND ($7::plan_status IS NULL OR ${a}.status = $7)
      AND ($8::timestamptz IS NULL OR (${a}.created_at, ${a}.id) < ($8::timestamptz, $9::uuid))`;
const newestFirst = (a: string) => `ORDER BY ${a}.created_at DESC, ${a}.id DESC LIMIT $10`;

/** An admin's page: the organization's plans, newest first, from the (organization, created) index. */
const ADMIN_PAGE = `(
     SELECT a.* FROM plan a
      WHERE a.organization_id = $1 AND $4::uuid IS NULL${filters('a')}
      ${newestFirst('a')})`;

/**
 * A counselor's page: the plans they lead, in order from the (organization, counselor, created)
 * index, merged with those they staff (not also led), each cut at the page's size.
 */
const COUNSELOR_PAGE = `(
     SELECT x.* FROM (
       (SELECT l.* FROM plan l
         WHERE l.organization_id = $1 AND l.primary_counselor_id = $4${filters('l')}
         ${newestFirst('l')})
       UNION ALL
       (SELECT sp.* FROM plan_member s JOIN plan sp ON sp.id = s.plan_id
         WHERE s.membership_id = $4 AND s.kind = 'STAFF' AND s.status = 'ACTIVE'
           AND sp.organization_id = $1 AND sp.primary_counselor_id IS DISTINCT FROM $4${filters('sp')}
         ${newestFirst('sp')})) x
     ${newestFirst('x')})`;

const caseloadOf = (
  page: string,
) => `SELECT p.id, u.display_name AS patient_name, p.status, p.created_at, p.last_activity_at,
        ph.name AS phase_name, ph.position AS phase_position, ph.started_at AS phase_started_at,
        w.awaiting, w.invited, w.expired_invitations, c.expiring_consents, w.members,
        hci.id AS craving_id, hci.created_at AS craving_at, hci.member_id AS craving_member, hm.display_name AS craving_name,
        to_char(hci.day, 'YYYY-MM-DD') AS craving_day,
        hv.visit_id AS hard_visit_id, hv.created_at AS hard_visit_at
   FROM ${page} p
   JOIN membership pm ON pm.id = p.patient_membership_id
   JOIN app_user u ON u.id = pm.user_id
   LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = 'CURRENT'
   LEFT JOIN plan_summary s ON s.plan_id = p.id
   -- One pass over the plan's people: who waits (family), and each active member with their last check-in.
   CROSS JOIN LATERAL (
     SELECT count(*) FILTER (WHERE m.kind = 'FAMILY' AND m.status = 'AWAITING_PATIENT')::int AS awaiting,
            count(*) FILTER (WHERE m.kind = 'FAMILY' AND m.status = 'INVITED')::int AS invited,
            count(*) FILTER (WHERE m.kind = 'FAMILY' AND m.status = 'INVITED' AND i.accepted_at IS NULL AND i.expires_at <= $2)::int AS expired_invitations,
            json_agg(json_build_object('memberId', m.id, 'name', m.display_name, 'kind', m.kind, 'addedAt', m.added_at,
                                       'at', (s.last_check_ins ->> m.id::text)::timestamptz) ORDER BY m.added_at)
              FILTER (WHERE m.status = 'ACTIVE') AS members
       FROM plan_member m LEFT JOIN invitation i ON i.id = m.invitation_id
      WHERE m.plan_id = p.id AND m.kind IN ('PATIENT', 'FAMILY')) w
   CROSS JOIN LATERAL (
     SELECT count(*)::int AS expiring_consents FROM consent k
      WHERE k.plan_id = p.id AND k.revoked_at IS NULL AND k.expires_at > $2 AND k.expires_at <= $3) c
   -- The newest high craving, if it is recent enough.
   LEFT JOIN check_in hci ON hci.id = s.high_craving_check_in_id AND hci.craving >= $11 AND hci.created_at >= $12
   LEFT JOIN plan_member hm ON hm.id = hci.member_id
   LEFT JOIN LATERAL (
     SELECT d.visit_id, d.created_at FROM visit_debrief d JOIN visit hvv ON hvv.id = d.visit_id
      WHERE hvv.plan_id = p.id AND hvv.starts_at >= $14::timestamptz - interval '90 days' AND d.rating <= $13 AND d.created_at >= $14
      ORDER BY d.created_at DESC LIMIT 1) hv ON true
  ORDER BY p.created_at DESC, p.id DESC`;

export const CASELOAD_FOR_ADMIN_SQL = caseloadOf(ADMIN_PAGE);
export const CASELOAD_FOR_COUNSELOR_SQL = caseloadOf(COUNSELOR_PAGE);

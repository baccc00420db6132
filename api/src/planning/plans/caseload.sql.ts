/**
 * The caseload read model's one statement, on its own so that `npm run bench`'s plain node:http + pg
 * server (scripts/bench-raw-server.mjs) runs the very same SQL as the API. Parameters: see
 * CaseloadReadModel.list.
 */
export const CASELOAD_SQL = `SELECT p.id, u.display_name AS patient_name, p.status, p.created_at, p.last_activity_at,
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
  LIMIT $10`;

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * plan_summary: what each plan's check-ins say (each member's last check-in, the newest high
 * craving), so that the caseload reads one row per plan instead of searching the check-ins.
 * refresh_plan_summary recomputes the rows of the plans given, from the check-ins themselves:
 * every change on a plan calls it in its transaction, and this migration fills every plan's row.
 */
export class PlanSummary1796545162869 implements MigrationInterface {
  name = 'PlanSummary1796545162869';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "plan_summary" ("plan_id" uuid NOT NULL, "last_check_ins" jsonb NOT NULL DEFAULT \'{}\', "high_craving_check_in_id" uuid, CONSTRAINT "PK_32d0b6db1fc168a8122d1ac3b67" PRIMARY KEY ("plan_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_summary" ADD CONSTRAINT "FK_32d0b6db1fc168a8122d1ac3b67" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // The same answers the caseload read from the check-ins before: max(created_at) per member,
    // and the newest check-in whose craving reaches the threshold (the id breaks a tie).
    await queryRunner.query(`CREATE FUNCTION refresh_plan_summary(plan_ids uuid[], high_craving int) RETURNS void
      LANGUAGE sql VOLATILE AS $$
        INSERT INTO plan_summary (plan_id, last_check_ins, high_craving_check_in_id)
        SELECT p.id,
               COALESCE((SELECT jsonb_object_agg(m.id, l.last_at)
                           FROM plan_member m
                           CROSS JOIN LATERAL (SELECT max(c.created_at) AS last_at FROM check_in c WHERE c.member_id = m.id) l
                          WHERE m.plan_id = p.id AND l.last_at IS NOT NULL), '{}'),
               (SELECT h.id FROM check_in h WHERE h.plan_id = p.id AND h.craving >= high_craving
                 ORDER BY h.created_at DESC, h.id DESC LIMIT 1)
          FROM plan p
         WHERE p.id = ANY (plan_ids)
        ON CONFLICT (plan_id) DO UPDATE
          SET last_check_ins = EXCLUDED.last_check_ins, high_craving_check_in_id = EXCLUDED.high_craving_check_in_id
      $$`);
    // HIGH_CRAVING (libs/domain) is 8: a migration keeps the value it was written with.
    await queryRunner.query('SELECT refresh_plan_summary(ARRAY(SELECT id FROM plan), 8)');
    // Statistics now, so the first pages after the release are planned with the table's real size.
    await queryRunner.query('ANALYZE plan_summary');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION refresh_plan_summary(uuid[], int)');
    await queryRunner.query(
      'ALTER TABLE "plan_summary" DROP CONSTRAINT "FK_32d0b6db1fc168a8122d1ac3b67"',
    );
    await queryRunner.query('DROP TABLE "plan_summary"');
  }
}

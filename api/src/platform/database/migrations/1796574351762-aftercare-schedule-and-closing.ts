import { MigrationInterface, QueryRunner } from 'typeorm';

/** The default ladder's check-in milestones of Homecoming and Aftercare, before and after issue 15. */
const MOVED: [string, string, { title: string; target: number; windowDays: number }][] = [
  [
    'HOMECOMING',
    'Daily check-ins: 50 in 60 days',
    { title: 'Check-ins kept on the schedule: 18 in 30 days', target: 18, windowDays: 30 },
  ],
  [
    'AFTERCARE',
    'Weekly check-ins: 12 in 90 days',
    { title: 'Check-ins kept on the schedule: 8 in 90 days', target: 8, windowDays: 90 },
  ],
];

/**
 * The check-in schedule (its versions) and the closing words of a completed plan (issue 15),
 * kept as written; SCHEDULED_CHECK_INS milestones, and the defaults moved to them.
 */
export class AftercareScheduleAndClosing1796574351762 implements MigrationInterface {
  name = 'AftercareScheduleAndClosing1796574351762';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "check_in_schedule_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "phase_id" uuid NOT NULL, "version" integer NOT NULL, "starts_on" date NOT NULL, "steps" jsonb NOT NULL, "set_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d41bbf00ad122681728816908b7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "check_in_schedule_version_once" ON "check_in_schedule_version"  ("plan_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "closing_words_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "version" integer NOT NULL, "words" text NOT NULL, "written_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_21e7897fd6c03ac969ebf789239" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "closing_words_version_once" ON "closing_words_version"  ("plan_id", "version") ',
    );
    // Recreated rather than ADD VALUE: the backfill below uses the new value in this transaction.
    await queryRunner.query(
      'ALTER TYPE "public"."milestone_measure" RENAME TO "milestone_measure_old"',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"milestone_measure\" AS ENUM('CHECK_IN_DAYS', 'FAMILY_SESSIONS', 'SUPPORT_MEETINGS', 'VISITS_WENT_WELL', 'FAMILY_TRACK', 'SCHEDULED_CHECK_INS')",
    );
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" ALTER COLUMN "measure" TYPE "public"."milestone_measure" USING "measure"::"text"::"public"."milestone_measure"',
    );
    await queryRunner.query('DROP TYPE "public"."milestone_measure_old"');
    await queryRunner.query(
      'ALTER TABLE "check_in_schedule_version" ADD CONSTRAINT "FK_ce123857bd6760168417eb6e961" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "check_in_schedule_version" ADD CONSTRAINT "FK_c91678535ec41460b477d6134e6" FOREIGN KEY ("phase_id") REFERENCES "plan_phase"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "closing_words_version" ADD CONSTRAINT "FK_914b6699e7c87e1e9a12783b721" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Schedules and closing words are kept as written: each change is a new version.
    for (const table of ['check_in_schedule_version', 'closing_words_version']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION reject_change()`,
      );
    }
    // Backfill: the default ladder's Homecoming and Aftercare check-in milestones, where still
    // the default's and not reached yet, count check-ins kept on the schedule from now on (a
    // reached one stays as it was reached). Templates holding the defaults follow, so plans made
    // from them later have the new ones; a program's own milestones stay as they wrote them.
    for (const [stage, title, next] of MOVED) {
      await queryRunner.query(
        `UPDATE plan_milestone m SET title = $3, target = $4, window_days = $5, measure = 'SCHEDULED_CHECK_INS'
           FROM plan_phase ph
          WHERE ph.id = m.phase_id AND ph.stage = $1 AND m.title = $2 AND m.measure = 'CHECK_IN_DAYS' AND m.achieved_at IS NULL`,
        [stage, title, next.title, next.target, next.windowDays],
      );
      await queryRunner.query(
        `UPDATE plan_template t SET phases = (
            SELECT jsonb_agg(CASE WHEN p->>'stage' = $1 THEN jsonb_set(p, '{milestones}', (
                SELECT COALESCE(jsonb_agg(CASE WHEN m->>'title' = $2 THEN m || $3::jsonb ELSE m END ORDER BY i), '[]'::jsonb)
                  FROM jsonb_array_elements(p->'milestones') WITH ORDINALITY AS x(m, i)))
              ELSE p END ORDER BY o)
              FROM jsonb_array_elements(t.phases) WITH ORDINALITY AS y(p, o))
          WHERE t.phases::text LIKE '%' || $2 || '%'`,
        [stage, title, JSON.stringify({ ...next, measure: 'SCHEDULED_CHECK_INS' })],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "UPDATE plan_milestone SET measure = 'CHECK_IN_DAYS' WHERE measure = 'SCHEDULED_CHECK_INS'",
    );
    await queryRunner.query(
      'ALTER TABLE "closing_words_version" DROP CONSTRAINT "FK_914b6699e7c87e1e9a12783b721"',
    );
    await queryRunner.query(
      'ALTER TABLE "check_in_schedule_version" DROP CONSTRAINT "FK_c91678535ec41460b477d6134e6"',
    );
    await queryRunner.query(
      'ALTER TABLE "check_in_schedule_version" DROP CONSTRAINT "FK_ce123857bd6760168417eb6e961"',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"milestone_measure_old\" AS ENUM('CHECK_IN_DAYS', 'FAMILY_SESSIONS', 'SUPPORT_MEETINGS', 'VISITS_WENT_WELL', 'FAMILY_TRACK')",
    );
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" ALTER COLUMN "measure" TYPE "public"."milestone_measure_old" USING "measure"::"text"::"public"."milestone_measure_old"',
    );
    await queryRunner.query('DROP TYPE "public"."milestone_measure"');
    await queryRunner.query(
      'ALTER TYPE "public"."milestone_measure_old" RENAME TO "milestone_measure"',
    );
    await queryRunner.query('DROP INDEX "public"."closing_words_version_once"');
    await queryRunner.query('DROP TABLE "closing_words_version"');
    await queryRunner.query('DROP INDEX "public"."check_in_schedule_version_once"');
    await queryRunner.query('DROP TABLE "check_in_schedule_version"');
  }
}

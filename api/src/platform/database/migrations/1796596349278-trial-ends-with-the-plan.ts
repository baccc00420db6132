import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrialEndsWithThePlan1796596349278 implements MigrationInterface {
  name = 'TrialEndsWithThePlan1796596349278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Recreated rather than ADD VALUE: the backfill below uses the new value in this transaction.
    await queryRunner.query('ALTER TYPE "public"."trial_outcome" RENAME TO "trial_outcome_old"');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"trial_outcome\" AS ENUM('HOME', 'STEPPED_BACK', 'PLAN_CLOSED')",
    );
    await queryRunner.query(
      'ALTER TABLE "homecoming_trial" ALTER COLUMN "outcome" TYPE "public"."trial_outcome" USING "outcome"::"text"::"public"."trial_outcome"',
    );
    await queryRunner.query('DROP TYPE "public"."trial_outcome_old"');
    // A plan closed before now left its trial open: it ends with the plan, when the plan closed.
    await queryRunner.query(`
      UPDATE "homecoming_trial" t
         SET status = 'ENDED', outcome = 'PLAN_CLOSED',
             ended_at = coalesce(
               (SELECT max(e.occurred_at) FROM plan_event e WHERE e.plan_id = t.plan_id AND e.kind = 'PLAN_CLOSED'),
               now())
        FROM plan p
       WHERE p.id = t.plan_id AND p.status = 'CLOSED' AND t.status = 'OPEN'`);
  }

  /** One way once a trial has ended with its plan: an ended trial never changes (homecoming_trial_keep). */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TYPE "public"."trial_outcome_old" AS ENUM(\'HOME\', \'STEPPED_BACK\')',
    );
    await queryRunner.query(
      'ALTER TABLE "homecoming_trial" ALTER COLUMN "outcome" TYPE "public"."trial_outcome_old" USING "outcome"::"text"::"public"."trial_outcome_old"',
    );
    await queryRunner.query('DROP TYPE "public"."trial_outcome"');
    await queryRunner.query('ALTER TYPE "public"."trial_outcome_old" RENAME TO "trial_outcome"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrialEndsWithThePlan1796596349278 implements MigrationInterface {
  name = 'TrialEndsWithThePlan1796596349278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TYPE "public"."trial_outcome" ADD VALUE \'PLAN_CLOSED\'');
  }

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

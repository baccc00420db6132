import { MigrationInterface, QueryRunner } from 'typeorm';

export class HomecomingTrial1796574138132 implements MigrationInterface {
  name = 'HomecomingTrial1796574138132';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."trial_status" AS ENUM(\'OPEN\', \'ENDED\')');
    await queryRunner.query(
      'CREATE TYPE "public"."trial_outcome" AS ENUM(\'HOME\', \'STEPPED_BACK\')',
    );
    await queryRunner.query(
      'CREATE TABLE "homecoming_trial" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "phase_id" uuid NOT NULL, "status" "public"."trial_status" NOT NULL DEFAULT \'OPEN\', "outcome" "public"."trial_outcome", "start_day" date NOT NULL, "max_days" integer NOT NULL, "ends_on" date NOT NULL, "review_days" jsonb NOT NULL, "extensions" integer NOT NULL DEFAULT \'0\', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "homecoming_trial_ends_after_start" CHECK ("ends_on" > "start_day"), CONSTRAINT "PK_8a0e4c12d646d2ba3eebf382240" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "homecoming_trial_one_open" ON "homecoming_trial"  ("plan_id") WHERE "status" = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE TABLE "trial_conditions_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trial_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "content_hash" character(64) NOT NULL, "published_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e73ac686674e12451aed56d1bc0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_ef10bee86a555ba1fc5f75331b" ON "trial_conditions_version"  ("trial_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "trial_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "member_id" uuid NOT NULL, "typed_name" text NOT NULL, "content_hash" character(64) NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "trial_signature_named" CHECK (length(btrim("typed_name")) > 0), CONSTRAINT "PK_a19285af223191743a7a74ee43f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_db44f6a3aa341aba8a472577d1" ON "trial_signature"  ("version_id", "member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "home_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trial_id" uuid NOT NULL, "member_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "week_of" date NOT NULL, "rating" smallint NOT NULL, "words" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "home_answer_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_9129dbc7356693893e565e1be5a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_da30e0c818090f92b5a12adc0d" ON "home_answer"  ("trial_id", "member_id", "week_of") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"trial_review_outcome\" AS ENUM('CONTINUE', 'EXTEND', 'STEP_BACK')",
    );
    await queryRunner.query(
      'CREATE TABLE "trial_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trial_id" uuid NOT NULL, "review_day" date NOT NULL, "outcome" "public"."trial_review_outcome" NOT NULL, "reason" text, "new_ends_on" date, "new_review_day" date, "reviewed_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0ad4b1486a3d5b1ae704e17b28f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4b7e7f89e26a4eb1f4929f7e20" ON "trial_review"  ("trial_id", "review_day") ',
    );
    await queryRunner.query(
      'ALTER TABLE "homecoming_trial" ADD CONSTRAINT "FK_be1e11e966b8ab1d6ae3b867378" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "homecoming_trial" ADD CONSTRAINT "FK_2c8b1d54604124a53b06de81073" FOREIGN KEY ("phase_id") REFERENCES "plan_phase"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trial_conditions_version" ADD CONSTRAINT "FK_7bd2d3184799007f71d4e2f4859" FOREIGN KEY ("trial_id") REFERENCES "homecoming_trial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trial_signature" ADD CONSTRAINT "FK_7e5b48dcfbc2b447e9b2affd480" FOREIGN KEY ("version_id") REFERENCES "trial_conditions_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trial_signature" ADD CONSTRAINT "FK_a0bd44201d323cd00c71a8b860b" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "home_answer" ADD CONSTRAINT "FK_1f116a3830a5f49f1473e22be35" FOREIGN KEY ("trial_id") REFERENCES "homecoming_trial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "home_answer" ADD CONSTRAINT "FK_85f7641fa22b196a162c9ffb868" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "trial_review" ADD CONSTRAINT "FK_f73ba2d22f7281cbadf5c4a0c7a" FOREIGN KEY ("trial_id") REFERENCES "homecoming_trial"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "trial_review" DROP CONSTRAINT "FK_f73ba2d22f7281cbadf5c4a0c7a"',
    );
    await queryRunner.query(
      'ALTER TABLE "home_answer" DROP CONSTRAINT "FK_85f7641fa22b196a162c9ffb868"',
    );
    await queryRunner.query(
      'ALTER TABLE "home_answer" DROP CONSTRAINT "FK_1f116a3830a5f49f1473e22be35"',
    );
    await queryRunner.query(
      'ALTER TABLE "trial_signature" DROP CONSTRAINT "FK_a0bd44201d323cd00c71a8b860b"',
    );
    await queryRunner.query(
      'ALTER TABLE "trial_signature" DROP CONSTRAINT "FK_7e5b48dcfbc2b447e9b2affd480"',
    );
    await queryRunner.query(
      'ALTER TABLE "trial_conditions_version" DROP CONSTRAINT "FK_7bd2d3184799007f71d4e2f4859"',
    );
    await queryRunner.query(
      'ALTER TABLE "homecoming_trial" DROP CONSTRAINT "FK_2c8b1d54604124a53b06de81073"',
    );
    await queryRunner.query(
      'ALTER TABLE "homecoming_trial" DROP CONSTRAINT "FK_be1e11e966b8ab1d6ae3b867378"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_4b7e7f89e26a4eb1f4929f7e20"');
    await queryRunner.query('DROP TABLE "trial_review"');
    await queryRunner.query('DROP TYPE "public"."trial_review_outcome"');
    await queryRunner.query('DROP INDEX "public"."IDX_da30e0c818090f92b5a12adc0d"');
    await queryRunner.query('DROP TABLE "home_answer"');
    await queryRunner.query('DROP INDEX "public"."IDX_db44f6a3aa341aba8a472577d1"');
    await queryRunner.query('DROP TABLE "trial_signature"');
    await queryRunner.query('DROP INDEX "public"."IDX_ef10bee86a555ba1fc5f75331b"');
    await queryRunner.query('DROP TABLE "trial_conditions_version"');
    await queryRunner.query('DROP INDEX "public"."homecoming_trial_one_open"');
    await queryRunner.query('DROP TABLE "homecoming_trial"');
    await queryRunner.query('DROP TYPE "public"."trial_outcome"');
    await queryRunner.query('DROP TYPE "public"."trial_status"');
  }
}

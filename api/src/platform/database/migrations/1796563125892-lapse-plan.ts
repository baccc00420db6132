import { MigrationInterface, QueryRunner } from 'typeorm';

export class LapsePlan1796563125892 implements MigrationInterface {
  name = 'LapsePlan1796563125892';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"lapse_plan_status\" AS ENUM('PROPOSED', 'AGREED', 'SUPERSEDED')",
    );
    await queryRunner.query(
      'CREATE TABLE "lapse_plan_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."lapse_plan_status" NOT NULL DEFAULT \'PROPOSED\', "what_it_means" text NOT NULL, "told_member_ids" uuid array NOT NULL DEFAULT \'{}\', "told_by" text, "pauses_visits" boolean NOT NULL, "max_pause_days" integer NOT NULL, "steps_back_in" text array NOT NULL, "proposed_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "agreed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7c2f2a89b958d87930f9326ea9b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_60f64d2b5ae16f35c16415a529" ON "lapse_plan_version"  ("plan_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "lapse_plan_acceptance" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "version_id" uuid NOT NULL, "member_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ae702d8e450a79ca94724999e31" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_030dc3ca0891d204c84a300f07" ON "lapse_plan_acceptance"  ("version_id", "member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "lapse" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "plan_version_id" uuid, "happened_on" date NOT NULL, "words" text, "recorded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "paused" boolean NOT NULL, "pause_ends_on" date, "resumed_at" TIMESTAMP WITH TIME ZONE, "resumed_by_user_id" uuid, CONSTRAINT "PK_642ed77ba04d27d7be58f919f79" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_03a8e1c151282a125d551a94e1" ON "lapse"  ("plan_id", "happened_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "lapse_step_check" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "lapse_id" uuid NOT NULL, "position" integer NOT NULL, "checked_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a08f67cea2041509dcf20b8fb5e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_affff60494c269b5fc80c6f4df" ON "lapse_step_check"  ("lapse_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse_plan_version" ADD CONSTRAINT "FK_2727e141194cb37472816942514" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse_plan_acceptance" ADD CONSTRAINT "FK_67c474669e8c9b9bd6f2623832d" FOREIGN KEY ("version_id") REFERENCES "lapse_plan_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse_plan_acceptance" ADD CONSTRAINT "FK_8c8daf2865ebb36f3a77bf2123f" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse" ADD CONSTRAINT "FK_1ec04cb39010f97ea6874afe50d" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse" ADD CONSTRAINT "FK_7c2f2a89b958d87930f9326ea9b" FOREIGN KEY ("plan_version_id") REFERENCES "lapse_plan_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse_step_check" ADD CONSTRAINT "FK_7388c06bf929150e9f5cad200c7" FOREIGN KEY ("lapse_id") REFERENCES "lapse"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "lapse_step_check" DROP CONSTRAINT "FK_7388c06bf929150e9f5cad200c7"',
    );
    await queryRunner.query('ALTER TABLE "lapse" DROP CONSTRAINT "FK_7c2f2a89b958d87930f9326ea9b"');
    await queryRunner.query('ALTER TABLE "lapse" DROP CONSTRAINT "FK_1ec04cb39010f97ea6874afe50d"');
    await queryRunner.query(
      'ALTER TABLE "lapse_plan_acceptance" DROP CONSTRAINT "FK_8c8daf2865ebb36f3a77bf2123f"',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse_plan_acceptance" DROP CONSTRAINT "FK_67c474669e8c9b9bd6f2623832d"',
    );
    await queryRunner.query(
      'ALTER TABLE "lapse_plan_version" DROP CONSTRAINT "FK_2727e141194cb37472816942514"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_affff60494c269b5fc80c6f4df"');
    await queryRunner.query('DROP TABLE "lapse_step_check"');
    await queryRunner.query('DROP INDEX "public"."IDX_03a8e1c151282a125d551a94e1"');
    await queryRunner.query('DROP TABLE "lapse"');
    await queryRunner.query('DROP INDEX "public"."IDX_030dc3ca0891d204c84a300f07"');
    await queryRunner.query('DROP TABLE "lapse_plan_acceptance"');
    await queryRunner.query('DROP INDEX "public"."IDX_60f64d2b5ae16f35c16415a529"');
    await queryRunner.query('DROP TABLE "lapse_plan_version"');
    await queryRunner.query('DROP TYPE "public"."lapse_plan_status"');
  }
}

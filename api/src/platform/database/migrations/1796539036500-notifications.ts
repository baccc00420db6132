import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796539036500 implements MigrationInterface {
  name = 'Notifications1796539036500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "plan_id" uuid, "member_id" uuid, "kind" text NOT NULL, "record_id" text, "dedupe_key" text NOT NULL, "needs_consent" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification"  ("user_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_2536473105eb55a18a48d975ac" ON "notification"  ("user_id", "dedupe_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "email_groups" text array NOT NULL, "digest" boolean NOT NULL DEFAULT false, "digest_time" text NOT NULL DEFAULT \'18:00\', "quiet_from" text, "quiet_until" text, "check_in_reminder_at" text, "caseload_digest" boolean NOT NULL DEFAULT false, "all_paused" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "sweep_mark" ("key" text NOT NULL, "made_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3e995334da28ca875ea1fedabfe" PRIMARY KEY ("key"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "sweep_mark"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP INDEX "public"."IDX_2536473105eb55a18a48d975ac"');
    await queryRunner.query('DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"');
    await queryRunner.query('DROP TABLE "notification"');
  }
}

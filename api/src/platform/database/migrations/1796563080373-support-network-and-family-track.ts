import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupportNetworkAndFamilyTrack1796563080373 implements MigrationInterface {
  name = 'SupportNetworkAndFamilyTrack1796563080373';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"support_person_kind\" AS ENUM('COUNSELOR', 'SPONSOR', 'PEER', 'FRIEND', 'RELATIVE', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"support_mark\" AS ENUM('SAFE', 'CONDITIONAL', 'KEEP_DISTANCE')",
    );
    await queryRunner.query(
      'CREATE TABLE "support_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "replaces_id" uuid, "kind" "public"."support_person_kind" NOT NULL, "name" text NOT NULL, "mark" "public"."support_mark" NOT NULL, "condition" text, "from_phase" smallint, "contact" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_user_id" uuid NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_aa4f08ca73d75aca6e29df0dd88" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "support_person_current" ON "support_person"  ("plan_id", "created_at") WHERE "retired_at" IS NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"family_track_kind\" AS ENUM('EDUCATION_SESSION', 'PEER_GROUP', 'SKILL_MODULE')",
    );
    await queryRunner.query(
      'CREATE TABLE "family_track_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" "public"."family_track_kind" NOT NULL, "title" text NOT NULL, "title_es" text, "summary" text NOT NULL, "summary_es" text, "link" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_user_id" uuid NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5ade69ade6e48c4df470e4aab54" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5f10c0ae69872a6337e9593c9d" ON "family_track_item"  ("organization_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."family_track_mark_kind" AS ENUM(\'ATTENDED\', \'COMPLETED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "family_track_mark" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "member_id" uuid NOT NULL, "item_id" uuid NOT NULL, "mark" "public"."family_track_mark_kind" NOT NULL, "day" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c2d327f8316d1e56b3331f0f243" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8392b7b312b0ef9a05807d449e" ON "family_track_mark"  ("member_id", "day") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b7b5e5b55848be6260683b8a2b" ON "family_track_mark"  ("plan_id", "day") ',
    );
    await queryRunner.query('ALTER TYPE "public"."milestone_measure" ADD VALUE \'FAMILY_TRACK\'');
    await queryRunner.query(
      'ALTER TABLE "support_person" ADD CONSTRAINT "FK_bd0db0d126dc9a8f4dd3835a688" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "support_person" ADD CONSTRAINT "FK_12cd5879c158ff3267eb81713b5" FOREIGN KEY ("replaces_id") REFERENCES "support_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_track_item" ADD CONSTRAINT "FK_f0cc8ba5241b3bd328136ee0226" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_track_mark" ADD CONSTRAINT "FK_b0699b09e9df7c93fb25b259ea3" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_track_mark" ADD CONSTRAINT "FK_018536fabd910e65709dc82d0f6" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "family_track_mark" ADD CONSTRAINT "FK_39d345cb375f48e92462f98a6df" FOREIGN KEY ("item_id") REFERENCES "family_track_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "family_track_mark" DROP CONSTRAINT "FK_39d345cb375f48e92462f98a6df"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_track_mark" DROP CONSTRAINT "FK_018536fabd910e65709dc82d0f6"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_track_mark" DROP CONSTRAINT "FK_b0699b09e9df7c93fb25b259ea3"',
    );
    await queryRunner.query(
      'ALTER TABLE "family_track_item" DROP CONSTRAINT "FK_f0cc8ba5241b3bd328136ee0226"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_person" DROP CONSTRAINT "FK_12cd5879c158ff3267eb81713b5"',
    );
    await queryRunner.query(
      'ALTER TABLE "support_person" DROP CONSTRAINT "FK_bd0db0d126dc9a8f4dd3835a688"',
    );
    // Milestones counted from the family track go back to a counselor's verification.
    await queryRunner.query(
      "UPDATE plan_milestone SET kind = 'MANUAL', measure = NULL, target = NULL WHERE measure = 'FAMILY_TRACK'",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"milestone_measure_old\" AS ENUM('CHECK_IN_DAYS', 'FAMILY_SESSIONS', 'SUPPORT_MEETINGS', 'VISITS_WENT_WELL')",
    );
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" ALTER COLUMN "measure" TYPE "public"."milestone_measure_old" USING "measure"::"text"::"public"."milestone_measure_old"',
    );
    await queryRunner.query('DROP TYPE "public"."milestone_measure"');
    await queryRunner.query(
      'ALTER TYPE "public"."milestone_measure_old" RENAME TO "milestone_measure"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_b7b5e5b55848be6260683b8a2b"');
    await queryRunner.query('DROP INDEX "public"."IDX_8392b7b312b0ef9a05807d449e"');
    await queryRunner.query('DROP TABLE "family_track_mark"');
    await queryRunner.query('DROP TYPE "public"."family_track_mark_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_5f10c0ae69872a6337e9593c9d"');
    await queryRunner.query('DROP TABLE "family_track_item"');
    await queryRunner.query('DROP TYPE "public"."family_track_kind"');
    await queryRunner.query('DROP INDEX "public"."support_person_current"');
    await queryRunner.query('DROP TABLE "support_person"');
    await queryRunner.query('DROP TYPE "public"."support_mark"');
    await queryRunner.query('DROP TYPE "public"."support_person_kind"');
  }
}

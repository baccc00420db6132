import { MigrationInterface, QueryRunner } from 'typeorm';

export class Concerns1796551087888 implements MigrationInterface {
  name = 'Concerns1796551087888';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"concern_subject\" AS ENUM('BOUNDARY', 'EXPECTATION', 'VISIT', 'SAFETY')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"concern_severity\" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'SAFETY')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"concern_status\" AS ENUM('OPEN', 'IN_DISCUSSION', 'RESOLVED', 'CLOSED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"concern_close_reason\" AS ENUM('TALKED_IT_THROUGH', 'NO_LONGER_NEEDED', 'HANDLED_ANOTHER_WAY')",
    );
    await queryRunner.query(
      'CREATE TABLE "concern" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "raised_by_user_id" uuid NOT NULL, "raised_by_member_id" uuid, "subject" "public"."concern_subject" NOT NULL, "boundary_id" uuid, "expectation_id" uuid, "visit_id" uuid, "about_member_ids" uuid array NOT NULL DEFAULT \'{}\', "party_member_ids" uuid array NOT NULL DEFAULT \'{}\', "severity" "public"."concern_severity" NOT NULL, "share_own_words" boolean NOT NULL, "status" "public"."concern_status" NOT NULL DEFAULT \'OPEN\', "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_user_id" uuid, "close_reason" "public"."concern_close_reason", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "concern_subject_named" CHECK (("subject" <> \'BOUNDARY\' OR "boundary_id" IS NOT NULL) AND ("subject" <> \'EXPECTATION\' OR "expectation_id" IS NOT NULL) AND ("subject" <> \'VISIT\' OR "visit_id" IS NOT NULL)), CONSTRAINT "PK_17272f51582db9d4ed6af9c7007" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "concern_open" ON "concern"  ("plan_id", "severity", "created_at") WHERE "status" IN (\'OPEN\', \'IN_DISCUSSION\')',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f8f984a7945907f5fed0c4d2cf" ON "concern"  ("plan_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"concern_entry_kind\" AS ENUM('RAISED', 'FRAMING', 'COMMENT')",
    );
    await queryRunner.query(
      'CREATE TABLE "concern_entry" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "concern_id" uuid NOT NULL, "kind" "public"."concern_entry_kind" NOT NULL, "author_user_id" uuid NOT NULL, "words" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ff245b127f7eb14b8775febeec6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_777bd863489b723b49d83bd744" ON "concern_entry"  ("concern_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"repair_status\" AS ENUM('PROPOSED', 'AGREED', 'KEPT', 'SUPERSEDED')",
    );
    await queryRunner.query(
      'CREATE TABLE "repair_agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."repair_status" NOT NULL DEFAULT \'PROPOSED\', "proposed_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "agreed_at" TIMESTAMP WITH TIME ZONE, "kept_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f216c4c866f8b5f9224f1f5a662" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0b681e1ec95d1c30c5f8724321" ON "repair_agreement"  ("plan_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_f370a06d8a2e7aec56ae4678c8" ON "repair_agreement"  ("concern_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "repair_commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "member_id" uuid NOT NULL, "position" integer NOT NULL, "words" text NOT NULL, "review_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_33da56032aaa35a6a6acc7eb5d8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_de23bd138d1da2d3a09e9cc505" ON "repair_commitment"  ("agreement_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "repair_acceptance" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "agreement_id" uuid NOT NULL, "member_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0bd93f979ed97dde54bdac0a03c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_76f4ff6e89e1c105d0f5c4a56e" ON "repair_acceptance"  ("agreement_id", "member_id") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."commitment_mark_role" AS ENUM(\'OWNER\', \'STAFF\')',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."commitment_outcome" AS ENUM(\'KEPT\', \'NOT_YET\')',
    );
    await queryRunner.query(
      'CREATE TABLE "repair_commitment_mark" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "commitment_id" uuid NOT NULL, "role" "public"."commitment_mark_role" NOT NULL, "outcome" "public"."commitment_outcome" NOT NULL, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3d40db29810b090e4dd1d554240" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f2a80f101e8e8ec9263718022e" ON "repair_commitment_mark"  ("commitment_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "concern" ADD CONSTRAINT "FK_cd7ea318069fa7065aff22f6ec8" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "concern" ADD CONSTRAINT "FK_666c64140720a06a4cd982a41f0" FOREIGN KEY ("raised_by_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "concern_entry" ADD CONSTRAINT "FK_2570d36ba0be9cce5d536dbe9eb" FOREIGN KEY ("concern_id") REFERENCES "concern"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_agreement" ADD CONSTRAINT "FK_7c1569bf8206095172f26f19941" FOREIGN KEY ("concern_id") REFERENCES "concern"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_agreement" ADD CONSTRAINT "FK_0b681e1ec95d1c30c5f87243215" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_commitment" ADD CONSTRAINT "FK_567f827571a26ef28f9fda29390" FOREIGN KEY ("agreement_id") REFERENCES "repair_agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_commitment" ADD CONSTRAINT "FK_6a5a4d8c1932d1695dc30d055b8" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_acceptance" ADD CONSTRAINT "FK_eef08b3c2faf7824ec9039e0919" FOREIGN KEY ("agreement_id") REFERENCES "repair_agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_acceptance" ADD CONSTRAINT "FK_8f02d9cffc583d0a4d98a397f20" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_commitment_mark" ADD CONSTRAINT "FK_776c4bd50f247d13624c47e097b" FOREIGN KEY ("commitment_id") REFERENCES "repair_commitment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "repair_commitment_mark" DROP CONSTRAINT "FK_776c4bd50f247d13624c47e097b"',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_acceptance" DROP CONSTRAINT "FK_8f02d9cffc583d0a4d98a397f20"',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_acceptance" DROP CONSTRAINT "FK_eef08b3c2faf7824ec9039e0919"',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_commitment" DROP CONSTRAINT "FK_6a5a4d8c1932d1695dc30d055b8"',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_commitment" DROP CONSTRAINT "FK_567f827571a26ef28f9fda29390"',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_agreement" DROP CONSTRAINT "FK_0b681e1ec95d1c30c5f87243215"',
    );
    await queryRunner.query(
      'ALTER TABLE "repair_agreement" DROP CONSTRAINT "FK_7c1569bf8206095172f26f19941"',
    );
    await queryRunner.query(
      'ALTER TABLE "concern_entry" DROP CONSTRAINT "FK_2570d36ba0be9cce5d536dbe9eb"',
    );
    await queryRunner.query(
      'ALTER TABLE "concern" DROP CONSTRAINT "FK_666c64140720a06a4cd982a41f0"',
    );
    await queryRunner.query(
      'ALTER TABLE "concern" DROP CONSTRAINT "FK_cd7ea318069fa7065aff22f6ec8"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_f2a80f101e8e8ec9263718022e"');
    await queryRunner.query('DROP TABLE "repair_commitment_mark"');
    await queryRunner.query('DROP TYPE "public"."commitment_outcome"');
    await queryRunner.query('DROP TYPE "public"."commitment_mark_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_76f4ff6e89e1c105d0f5c4a56e"');
    await queryRunner.query('DROP TABLE "repair_acceptance"');
    await queryRunner.query('DROP INDEX "public"."IDX_de23bd138d1da2d3a09e9cc505"');
    await queryRunner.query('DROP TABLE "repair_commitment"');
    await queryRunner.query('DROP INDEX "public"."IDX_f370a06d8a2e7aec56ae4678c8"');
    await queryRunner.query('DROP INDEX "public"."IDX_0b681e1ec95d1c30c5f8724321"');
    await queryRunner.query('DROP TABLE "repair_agreement"');
    await queryRunner.query('DROP TYPE "public"."repair_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_777bd863489b723b49d83bd744"');
    await queryRunner.query('DROP TABLE "concern_entry"');
    await queryRunner.query('DROP TYPE "public"."concern_entry_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_f8f984a7945907f5fed0c4d2cf"');
    await queryRunner.query('DROP INDEX "public"."concern_open"');
    await queryRunner.query('DROP TABLE "concern"');
    await queryRunner.query('DROP TYPE "public"."concern_close_reason"');
    await queryRunner.query('DROP TYPE "public"."concern_status"');
    await queryRunner.query('DROP TYPE "public"."concern_severity"');
    await queryRunner.query('DROP TYPE "public"."concern_subject"');
  }
}

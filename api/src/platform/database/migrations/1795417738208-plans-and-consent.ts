import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlansAndConsent1795417738208 implements MigrationInterface {
  name = 'PlansAndConsent1795417738208';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "plan_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "phases" jsonb NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3bbdf9c68025fd45022233ca9e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4ab1a2fdb8b7bc31d307c0bb6c" ON "plan_template"  ("organization_id", "version") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"plan_status\" AS ENUM('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CLOSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "patient_membership_id" uuid NOT NULL, "primary_counselor_id" uuid NOT NULL, "template_id" uuid NOT NULL, "status" "public"."plan_status" NOT NULL DEFAULT \'ACTIVE\', "status_reason" text, "target_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_54a2b686aed3b637654bf7ddbb3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c56f26ba47582f6af9d1bd54af" ON "plan"  ("patient_membership_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dc61b55f5dde35edcb71b1c0b7" ON "plan"  ("organization_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_007bfd1427587ae44390f43612" ON "plan"  ("organization_id", "primary_counselor_id", "created_at", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"member_kind\" AS ENUM('PATIENT', 'FAMILY', 'STAFF')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"relationship\" AS ENUM('PARTNER', 'PARENT', 'CHILD', 'SIBLING', 'GRANDPARENT', 'FRIEND', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"member_status\" AS ENUM('AWAITING_PATIENT', 'INVITED', 'ACTIVE', 'DECLINED', 'REMOVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "plan_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "membership_id" uuid, "kind" "public"."member_kind" NOT NULL, "relationship" "public"."relationship", "display_name" text NOT NULL, "email" text, "status" "public"."member_status" NOT NULL, "contact_restricted" boolean NOT NULL DEFAULT false, "restriction_note" text, "invitation_id" uuid, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ad24886e506d41871061e57b7dd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5e5427867723e0ab2cd68138e9" ON "plan_member"  ("membership_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b289f66e642bb9da2fec94933c" ON "plan_member"  ("plan_id", "status") ',
    );
    await queryRunner.query(
      'CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "recipient_member_id" uuid NOT NULL, "patient_name" text NOT NULL, "program_name" text NOT NULL, "recipient_name" text NOT NULL, "categories" text array NOT NULL, "purpose" text NOT NULL, "revocation_terms" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signature" text NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "consent_expires_after_signing" CHECK ("expires_at" > "signed_at"), CONSTRAINT "consent_signature_given" CHECK (length(trim("signature")) > 0), CONSTRAINT "consent_revocation_terms_given" CHECK (length(trim("revocation_terms")) > 0), CONSTRAINT "consent_purpose_given" CHECK (length(trim("purpose")) > 0), CONSTRAINT "consent_categories_given" CHECK (cardinality("categories") > 0), CONSTRAINT "consent_recipient_given" CHECK (length(trim("recipient_name")) > 0), CONSTRAINT "consent_program_given" CHECK (length(trim("program_name")) > 0), CONSTRAINT "consent_patient_name_given" CHECK (length(trim("patient_name")) > 0), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_60e240674640fc724a858b98a1" ON "consent"  ("plan_id", "recipient_member_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "disclosure" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "plan_id" uuid NOT NULL, "consent_id" uuid NOT NULL, "recipient_user_id" uuid NOT NULL, "categories" text array NOT NULL, "channel" text NOT NULL, "disclosed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b8eace3be471f4a07b7fce9f4d6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f4b967881c6cec91d3d323af5b" ON "disclosure"  ("plan_id", "disclosed_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "plan_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "plan_id" uuid NOT NULL, "actor_user_id" uuid, "kind" text NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_29284541f209ad400a5bfa92c5e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a6395eef28c2a5ae0a95b42253" ON "plan_event"  ("plan_id", "id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"phase_status\" AS ENUM('LOCKED', 'CURRENT', 'DONE')",
    );
    await queryRunner.query(
      'CREATE TABLE "plan_phase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "contact_types" text array NOT NULL, "status" "public"."phase_status" NOT NULL DEFAULT \'LOCKED\', "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_11a9c702524662428ad536e794b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_90d99895a3855ee105215cd4f2" ON "plan_phase"  ("plan_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d2f07f3aa1fbb1a11bd2e36043" ON "plan_phase"  ("plan_id", "position") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"milestone_kind\" AS ENUM('COUNT', 'EVENT', 'MANUAL')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."milestone_party" AS ENUM(\'PATIENT\', \'FAMILY\')',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"milestone_status\" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "plan_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "phase_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "kind" "public"."milestone_kind" NOT NULL, "party" "public"."milestone_party" NOT NULL, "target" integer, "window_days" integer, "status" "public"."milestone_status" NOT NULL DEFAULT \'NOT_STARTED\', CONSTRAINT "PK_df6b7ddc4a25865914b8d61b74f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_9ae0feb865cf6a10989fcfecb8" ON "plan_milestone"  ("phase_id") ',
    );
    await queryRunner.query('ALTER TABLE "invitation" ADD "plan_member_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_c56f26ba47582f6af9d1bd54af0" FOREIGN KEY ("patient_membership_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_18a98e0f4559145c3c8b0348a94" FOREIGN KEY ("primary_counselor_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan" ADD CONSTRAINT "FK_c3bbdf9c68025fd45022233ca9e" FOREIGN KEY ("template_id") REFERENCES "plan_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_member" ADD CONSTRAINT "FK_1fb3c6cc875024a01d110eecfdc" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_member" ADD CONSTRAINT "FK_453e7609f781dda6c69fe16c2b3" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" ADD CONSTRAINT "FK_0d1f9262f5c05a3393a193563fe" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" ADD CONSTRAINT "FK_cdab7415cb86cc504e643ea21c7" FOREIGN KEY ("recipient_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_phase" ADD CONSTRAINT "FK_a0dd091a67c04c182745619a68c" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" ADD CONSTRAINT "FK_9ae0feb865cf6a10989fcfecb83" FOREIGN KEY ("phase_id") REFERENCES "plan_phase"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // History, disclosures and consents are never rewritten (DESIGN rule 6): the database refuses.
    await queryRunner.query(`CREATE FUNCTION reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['plan_event', 'disclosure']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION consent_only_revoke() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL
           OR (to_jsonb(NEW) - 'revoked_at') <> (to_jsonb(OLD) - 'revoked_at') THEN
          RAISE EXCEPTION 'a consent is never edited or deleted; only revoked once' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER consent_only_revoke BEFORE UPDATE OR DELETE ON "consent" FOR EACH ROW EXECUTE FUNCTION consent_only_revoke()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER consent_only_revoke ON "consent"`);
    await queryRunner.query(`DROP FUNCTION consent_only_revoke()`);
    for (const table of ['plan_event', 'disclosure'])
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION reject_change()`);
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" DROP CONSTRAINT "FK_9ae0feb865cf6a10989fcfecb83"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_phase" DROP CONSTRAINT "FK_a0dd091a67c04c182745619a68c"',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" DROP CONSTRAINT "FK_cdab7415cb86cc504e643ea21c7"',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" DROP CONSTRAINT "FK_0d1f9262f5c05a3393a193563fe"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_member" DROP CONSTRAINT "FK_453e7609f781dda6c69fe16c2b3"',
    );
    await queryRunner.query(
      'ALTER TABLE "plan_member" DROP CONSTRAINT "FK_1fb3c6cc875024a01d110eecfdc"',
    );
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_c3bbdf9c68025fd45022233ca9e"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_18a98e0f4559145c3c8b0348a94"');
    await queryRunner.query('ALTER TABLE "plan" DROP CONSTRAINT "FK_c56f26ba47582f6af9d1bd54af0"');
    await queryRunner.query('ALTER TABLE "invitation" DROP COLUMN "plan_member_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_9ae0feb865cf6a10989fcfecb8"');
    await queryRunner.query('DROP TABLE "plan_milestone"');
    await queryRunner.query('DROP TYPE "public"."milestone_status"');
    await queryRunner.query('DROP TYPE "public"."milestone_party"');
    await queryRunner.query('DROP TYPE "public"."milestone_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_d2f07f3aa1fbb1a11bd2e36043"');
    await queryRunner.query('DROP INDEX "public"."IDX_90d99895a3855ee105215cd4f2"');
    await queryRunner.query('DROP TABLE "plan_phase"');
    await queryRunner.query('DROP TYPE "public"."phase_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_a6395eef28c2a5ae0a95b42253"');
    await queryRunner.query('DROP TABLE "plan_event"');
    await queryRunner.query('DROP INDEX "public"."IDX_f4b967881c6cec91d3d323af5b"');
    await queryRunner.query('DROP TABLE "disclosure"');
    await queryRunner.query('DROP INDEX "public"."IDX_60e240674640fc724a858b98a1"');
    await queryRunner.query('DROP TABLE "consent"');
    await queryRunner.query('DROP INDEX "public"."IDX_b289f66e642bb9da2fec94933c"');
    await queryRunner.query('DROP INDEX "public"."IDX_5e5427867723e0ab2cd68138e9"');
    await queryRunner.query('DROP TABLE "plan_member"');
    await queryRunner.query('DROP TYPE "public"."member_status"');
    await queryRunner.query('DROP TYPE "public"."relationship"');
    await queryRunner.query('DROP TYPE "public"."member_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_007bfd1427587ae44390f43612"');
    await queryRunner.query('DROP INDEX "public"."IDX_dc61b55f5dde35edcb71b1c0b7"');
    await queryRunner.query('DROP INDEX "public"."IDX_c56f26ba47582f6af9d1bd54af"');
    await queryRunner.query('DROP TABLE "plan"');
    await queryRunner.query('DROP TYPE "public"."plan_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_4ab1a2fdb8b7bc31d307c0bb6c"');
    await queryRunner.query('DROP TABLE "plan_template"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class KeepAgreementsAndTrackRecord1796268744344 implements MigrationInterface {
  name = 'KeepAgreementsAndTrackRecord1796268744344';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_24c0b9c80e4a4ac8752d854bc2e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "calendar_feed_one_live_per_member" ON "calendar_feed"  ("member_id") WHERE "revoked_at" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_3a0b1d1c7619ea19ff1affaaf7" ON "calendar_feed"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."note_visibility" AS ENUM(\'PLAN\', \'STAFF_ONLY\')',
    );
    await queryRunner.query(
      'CREATE TABLE "check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "member_id" uuid NOT NULL, "day" date NOT NULL, "mood" smallint, "craving" smallint, "attended_meeting" boolean NOT NULL, "note" text, "note_visibility" "public"."note_visibility", "stress" smallint, "wants_support" boolean, "idempotency_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "check_in_one_kind" CHECK (("mood" IS NOT NULL AND "craving" IS NOT NULL AND "stress" IS NULL) OR ("stress" IS NOT NULL AND "mood" IS NULL AND "craving" IS NULL)), CONSTRAINT "check_in_family_scale" CHECK ("stress" IS NULL OR "stress" BETWEEN 1 AND 5), CONSTRAINT "check_in_patient_scales" CHECK ("mood" IS NULL OR ("mood" BETWEEN 1 AND 5 AND "craving" BETWEEN 0 AND 10)), CONSTRAINT "PK_9c026e16735aea10812a3888d6c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "check_in_once_per_key" ON "check_in"  ("member_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ded1b817285ec30117faa621bc" ON "check_in"  ("member_id", "day", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_31b737cc92e58ba74271b6f847" ON "check_in"  ("plan_id", "day") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"proposal_status\" AS ENUM('OPEN', 'ADVANCED', 'WITHDRAWN')",
    );
    await queryRunner.query(
      'CREATE TABLE "phase_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "from_position" integer NOT NULL, "to_position" integer NOT NULL, "reason" text NOT NULL, "proposed_by_user_id" uuid NOT NULL, "status" "public"."proposal_status" NOT NULL DEFAULT \'OPEN\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8dc6c304574672f5e06c4a4c29f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "phase_proposal_one_open_per_plan" ON "phase_proposal"  ("plan_id") WHERE "status" = \'OPEN\'',
    );
    await queryRunner.query(
      'CREATE TABLE "phase_proposal_answer" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "proposal_id" uuid NOT NULL, "member_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "agree" boolean NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_112749f9d2349e982926893b021" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1fcd52f707b190c0a4db44a87b" ON "phase_proposal_answer"  ("proposal_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"visit_status\" AS ENUM('REQUESTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'ENDED_EARLY')",
    );
    await queryRunner.query(
      'CREATE TABLE "visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "contact_type" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text NOT NULL, "supervisor_membership_id" uuid, "status" "public"."visit_status" NOT NULL, "requested_by_user_id" uuid NOT NULL, "approved_by_user_id" uuid, "closed_by_user_id" uuid, "closing_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "visit_contact_type" CHECK ("contact_type" IN (\'PHONE\', \'VIDEO\', \'LETTER\', \'ON_SITE_SUPERVISED\', \'FAMILY_SESSION\', \'DAY_PASS\', \'OVERNIGHT\', \'WEEKEND\', \'OTHER\')), CONSTRAINT "visit_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_c9919ef5a07627657c535d8eb88" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1f96b4f3e728b0fb4a436e6043" ON "visit"  ("plan_id", "starts_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "visit_debrief" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_id" uuid NOT NULL, "member_id" uuid, "author_user_id" uuid NOT NULL, "rating" smallint NOT NULL, "boundaries_respected" boolean NOT NULL, "helped" text, "hard" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "visit_debrief_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_014ed4a4346417cefccab3e0d7d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_2ad713c200d3819891e4666c4c" ON "visit_debrief"  ("visit_id", "author_user_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"willingness\" AS ENUM('PENDING', 'WILLING', 'OPTED_OUT')",
    );
    await queryRunner.query(
      'CREATE TABLE "visit_participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_id" uuid NOT NULL, "member_id" uuid NOT NULL, "willingness" "public"."willingness" NOT NULL DEFAULT \'PENDING\', "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3e28c4e5b3fee62fdcdeb928f5c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c0ba22afb5e76044c35dc3db4a" ON "visit_participant"  ("member_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_f6ede0ae74676eb7ad7f67d631" ON "visit_participant"  ("visit_id", "member_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "organization" ADD "time_zone" text NOT NULL DEFAULT \'America/New_York\'',
    );
    await queryRunner.query('ALTER TABLE "app_user" ADD "time_zone" text');
    await queryRunner.query('ALTER TABLE "expectation" ADD "agreed_version" integer');
    await queryRunner.query('ALTER TABLE "expectation_version" ADD "review_on" date');
    await queryRunner.query('ALTER TABLE "plan_phase" ADD "wait_until" date');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"milestone_measure\" AS ENUM('CHECK_IN_DAYS', 'FAMILY_SESSIONS', 'SUPPORT_MEETINGS', 'VISITS_WENT_WELL')",
    );
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" ADD "measure" "public"."milestone_measure"',
    );
    await queryRunner.query('ALTER TABLE "plan_milestone" ADD "contact_type" text');
    await queryRunner.query(
      'ALTER TABLE "plan_milestone" ADD "achieved_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "plan_milestone" ADD "decided_by_user_id" uuid');
    await queryRunner.query('ALTER TABLE "plan_milestone" ADD "waived_reason" text');
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_25300d26fe168642350399ecace" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "check_in" ADD CONSTRAINT "FK_0baf12a71181a6ef53dd296967c" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "check_in" ADD CONSTRAINT "FK_a350fde5d05ca1dcfb36a8e1dd4" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phase_proposal" ADD CONSTRAINT "FK_bd0e81ae18ec107d64e09ea75be" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phase_proposal_answer" ADD CONSTRAINT "FK_703c62e50aee597c7a649988727" FOREIGN KEY ("proposal_id") REFERENCES "phase_proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "phase_proposal_answer" ADD CONSTRAINT "FK_7f32e129e69658907b78012ae38" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "visit" ADD CONSTRAINT "FK_2e8e62610f0872d3d6cd578f019" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "visit" ADD CONSTRAINT "FK_a9ba70b467513eca4dc21beaf55" FOREIGN KEY ("supervisor_membership_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "visit_debrief" ADD CONSTRAINT "FK_bdd86ea9075e066478ee1eadf09" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "visit_participant" ADD CONSTRAINT "FK_3a3418798d2b7e46f037372d39b" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "visit_participant" ADD CONSTRAINT "FK_c0ba22afb5e76044c35dc3db4a6" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary_acknowledgement" ADD CONSTRAINT "FK_9397f13979a3d1c14bad894599b" FOREIGN KEY ("boundary_id") REFERENCES "boundary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary_acknowledgement" ADD CONSTRAINT "FK_a600aea1b012516c77ebad0ccc2" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary_version" ADD CONSTRAINT "FK_b23f52ca9e7e37b2e880edfed28" FOREIGN KEY ("boundary_id") REFERENCES "boundary"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation_answer" ADD CONSTRAINT "FK_114b8cc066f4879be98ead3437c" FOREIGN KEY ("expectation_id") REFERENCES "expectation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation_answer" ADD CONSTRAINT "FK_d0e4ca04742d4adf53d2db78ac0" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation_version" ADD CONSTRAINT "FK_cc7b9a9d91633884cb51d976cf8" FOREIGN KEY ("expectation_id") REFERENCES "expectation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );

    // Existing milestones learn what they measure (older templates did not say).
    await queryRunner.query(
      `UPDATE plan_milestone SET measure = (CASE kind WHEN 'COUNT' THEN 'CHECK_IN_DAYS' ELSE 'VISITS_WENT_WELL' END)::milestone_measure WHERE kind <> 'MANUAL'`,
    );
    // Expectations agreed before agreed_version existed: their current version is the agreed one.
    await queryRunner.query(
      `UPDATE expectation SET agreed_version = current_version WHERE status = 'AGREED'`,
    );

    // Check-ins, debriefs and answers to a phase proposal are never rewritten (DESIGN rule 6).
    for (const table of ['check_in', 'visit_debrief', 'phase_proposal_answer']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
    }
    // An expectation or a boundary row is never deleted, and who and what it is about never changes:
    // only where it stands (status, versions, review date) moves on.
    await queryRunner.query(`
      CREATE FUNCTION expectation_keep_parties() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.plan_id <> OLD.plan_id OR NEW.from_member_id <> OLD.from_member_id
           OR NEW.to_member_id <> OLD.to_member_id OR NEW.category <> OLD.category OR NEW.applies_from_phase <> OLD.applies_from_phase
           OR NEW.created_at <> OLD.created_at OR NEW.current_version < OLD.current_version THEN
          RAISE EXCEPTION 'an expectation is never deleted and its parties never change' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER expectation_keep_parties BEFORE UPDATE OR DELETE ON "expectation" FOR EACH ROW EXECUTE FUNCTION expectation_keep_parties()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION boundary_keep_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.plan_id <> OLD.plan_id OR NEW.owner_member_id <> OLD.owner_member_id
           OR NEW.category <> OLD.category OR NEW.created_at <> OLD.created_at OR NEW.current_version < OLD.current_version THEN
          RAISE EXCEPTION 'a boundary is never deleted and its owner never changes' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER boundary_keep_owner BEFORE UPDATE OR DELETE ON "boundary" FOR EACH ROW EXECUTE FUNCTION boundary_keep_owner()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER boundary_keep_owner ON "boundary"`);
    await queryRunner.query(`DROP FUNCTION boundary_keep_owner()`);
    await queryRunner.query(`DROP TRIGGER expectation_keep_parties ON "expectation"`);
    await queryRunner.query(`DROP FUNCTION expectation_keep_parties()`);
    for (const table of ['check_in', 'visit_debrief', 'phase_proposal_answer'])
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    await queryRunner.query(
      'ALTER TABLE "expectation_version" DROP CONSTRAINT "FK_cc7b9a9d91633884cb51d976cf8"',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation_answer" DROP CONSTRAINT "FK_d0e4ca04742d4adf53d2db78ac0"',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation_answer" DROP CONSTRAINT "FK_114b8cc066f4879be98ead3437c"',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary_version" DROP CONSTRAINT "FK_b23f52ca9e7e37b2e880edfed28"',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary_acknowledgement" DROP CONSTRAINT "FK_a600aea1b012516c77ebad0ccc2"',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary_acknowledgement" DROP CONSTRAINT "FK_9397f13979a3d1c14bad894599b"',
    );
    await queryRunner.query(
      'ALTER TABLE "visit_participant" DROP CONSTRAINT "FK_c0ba22afb5e76044c35dc3db4a6"',
    );
    await queryRunner.query(
      'ALTER TABLE "visit_participant" DROP CONSTRAINT "FK_3a3418798d2b7e46f037372d39b"',
    );
    await queryRunner.query(
      'ALTER TABLE "visit_debrief" DROP CONSTRAINT "FK_bdd86ea9075e066478ee1eadf09"',
    );
    await queryRunner.query('ALTER TABLE "visit" DROP CONSTRAINT "FK_a9ba70b467513eca4dc21beaf55"');
    await queryRunner.query('ALTER TABLE "visit" DROP CONSTRAINT "FK_2e8e62610f0872d3d6cd578f019"');
    await queryRunner.query(
      'ALTER TABLE "phase_proposal_answer" DROP CONSTRAINT "FK_7f32e129e69658907b78012ae38"',
    );
    await queryRunner.query(
      'ALTER TABLE "phase_proposal_answer" DROP CONSTRAINT "FK_703c62e50aee597c7a649988727"',
    );
    await queryRunner.query(
      'ALTER TABLE "phase_proposal" DROP CONSTRAINT "FK_bd0e81ae18ec107d64e09ea75be"',
    );
    await queryRunner.query(
      'ALTER TABLE "check_in" DROP CONSTRAINT "FK_a350fde5d05ca1dcfb36a8e1dd4"',
    );
    await queryRunner.query(
      'ALTER TABLE "check_in" DROP CONSTRAINT "FK_0baf12a71181a6ef53dd296967c"',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_25300d26fe168642350399ecace"',
    );
    await queryRunner.query('ALTER TABLE "plan_milestone" DROP COLUMN "waived_reason"');
    await queryRunner.query('ALTER TABLE "plan_milestone" DROP COLUMN "decided_by_user_id"');
    await queryRunner.query('ALTER TABLE "plan_milestone" DROP COLUMN "achieved_at"');
    await queryRunner.query('ALTER TABLE "plan_milestone" DROP COLUMN "contact_type"');
    await queryRunner.query('ALTER TABLE "plan_milestone" DROP COLUMN "measure"');
    await queryRunner.query('DROP TYPE "public"."milestone_measure"');
    await queryRunner.query('ALTER TABLE "plan_phase" DROP COLUMN "wait_until"');
    await queryRunner.query('ALTER TABLE "expectation_version" DROP COLUMN "review_on"');
    await queryRunner.query('ALTER TABLE "expectation" DROP COLUMN "agreed_version"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "time_zone"');
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "time_zone"');
    await queryRunner.query('DROP INDEX "public"."IDX_f6ede0ae74676eb7ad7f67d631"');
    await queryRunner.query('DROP INDEX "public"."IDX_c0ba22afb5e76044c35dc3db4a"');
    await queryRunner.query('DROP TABLE "visit_participant"');
    await queryRunner.query('DROP TYPE "public"."willingness"');
    await queryRunner.query('DROP INDEX "public"."IDX_2ad713c200d3819891e4666c4c"');
    await queryRunner.query('DROP TABLE "visit_debrief"');
    await queryRunner.query('DROP INDEX "public"."IDX_1f96b4f3e728b0fb4a436e6043"');
    await queryRunner.query('DROP TABLE "visit"');
    await queryRunner.query('DROP TYPE "public"."visit_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_1fcd52f707b190c0a4db44a87b"');
    await queryRunner.query('DROP TABLE "phase_proposal_answer"');
    await queryRunner.query('DROP INDEX "public"."phase_proposal_one_open_per_plan"');
    await queryRunner.query('DROP TABLE "phase_proposal"');
    await queryRunner.query('DROP TYPE "public"."proposal_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_31b737cc92e58ba74271b6f847"');
    await queryRunner.query('DROP INDEX "public"."IDX_ded1b817285ec30117faa621bc"');
    await queryRunner.query('DROP INDEX "public"."check_in_once_per_key"');
    await queryRunner.query('DROP TABLE "check_in"');
    await queryRunner.query('DROP TYPE "public"."note_visibility"');
    await queryRunner.query('DROP INDEX "public"."IDX_3a0b1d1c7619ea19ff1affaaf7"');
    await queryRunner.query('DROP INDEX "public"."calendar_feed_one_live_per_member"');
    await queryRunner.query('DROP TABLE "calendar_feed"');
  }
}

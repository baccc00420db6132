import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795416639583 implements MigrationInterface {
  name = 'Initial1795416639583';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "organization_id" uuid, "actor_user_id" uuid, "action" text NOT NULL, "record_type" text, "record_id" text, "details" jsonb NOT NULL DEFAULT \'{}\', "ip" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prev_hash" text, "hash" text NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e35e3d957cb347be88662967c0" ON "audit_event"  ("organization_id", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "email" text NOT NULL, "ip" text NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c6a71484e46a23dfc4d3616780" ON "login_attempt"  ("ip", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d40158f50033c6f856c6a1f242" ON "login_attempt"  ("email", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE TYPE "public"."language" AS ENUM(\'EN\', \'ES\')');
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "language" "public"."language" NOT NULL DEFAULT \'EN\', "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"role\" AS ENUM('ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."membership_status" AS ENUM(\'ACTIVE\', \'DISABLED\')',
    );
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."role" NOT NULL, "status" "public"."membership_status" NOT NULL DEFAULT \'ACTIVE\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_cd7eacbb2fb35943ecc0667207" ON "membership"  ("organization_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c126d679d889c31e8c861e6d2d" ON "membership"  ("organization_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "end_reason" text, "ip" text, CONSTRAINT "UQ_a83507eb0338ac037780e02f2b9" UNIQUE ("token_hash"), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_175961ba07239d071d701be5e5" ON "session"  ("membership_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text, "role" "public"."role" NOT NULL, "token_hash" text NOT NULL, "invited_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_b827d3749ffbb3b5ab5099afd64" UNIQUE ("token_hash"), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2ec7cb8b08ff8308ed4a92652b" ON "invitation"  ("organization_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_175961ba07239d071d701be5e50" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // The audit trail is append-only in the database itself, whoever connects.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_change ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(
      'ALTER TABLE "invitation" DROP CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3"',
    );
    await queryRunner.query(
      'ALTER TABLE "invitation" DROP CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8"',
    );
    await queryRunner.query(
      'ALTER TABLE "session" DROP CONSTRAINT "FK_175961ba07239d071d701be5e50"',
    );
    await queryRunner.query(
      'ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" DROP CONSTRAINT "FK_412ffe9391a352e8a4e3dc46f6f"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_2ec7cb8b08ff8308ed4a92652b"');
    await queryRunner.query('DROP TABLE "invitation"');
    await queryRunner.query('DROP INDEX "public"."IDX_175961ba07239d071d701be5e5"');
    await queryRunner.query('DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."IDX_c126d679d889c31e8c861e6d2d"');
    await queryRunner.query('DROP INDEX "public"."IDX_cd7eacbb2fb35943ecc0667207"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP TYPE "public"."membership_status"');
    await queryRunner.query('DROP TYPE "public"."role"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP TYPE "public"."language"');
    await queryRunner.query('DROP TABLE "organization"');
    await queryRunner.query('DROP INDEX "public"."IDX_d40158f50033c6f856c6a1f242"');
    await queryRunner.query('DROP INDEX "public"."IDX_c6a71484e46a23dfc4d3616780"');
    await queryRunner.query('DROP TABLE "login_attempt"');
    await queryRunner.query('DROP INDEX "public"."IDX_e35e3d957cb347be88662967c0"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}

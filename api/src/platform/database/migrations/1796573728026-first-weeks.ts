import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first weeks at home, prepared (issue 15): members' hopes and the counselor's suggestions,
 * each a new version; triggers refuse UPDATE, DELETE and TRUNCATE so every version is kept.
 */
export class FirstWeeks1796573728026 implements MigrationInterface {
  name = 'FirstWeeks1796573728026';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "first_weeks_hope" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "author_member_id" uuid NOT NULL, "topic" text NOT NULL, "version" integer NOT NULL, "words" text NOT NULL, "party_member_ids" uuid array NOT NULL, "written_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_14ff93cf8a7729712345b57ba0f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ae7e5b0433bfe7db106451cbf7" ON "first_weeks_hope"  ("plan_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "first_weeks_hope_once" ON "first_weeks_hope"  ("author_member_id", "topic", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "first_weeks_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "topic" text NOT NULL, "version" integer NOT NULL, "words" text NOT NULL, "written_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3d37ba99d116854877faf686425" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "first_weeks_suggestion_once" ON "first_weeks_suggestion"  ("plan_id", "topic", "version") ',
    );
    await queryRunner.query(
      'ALTER TABLE "first_weeks_hope" ADD CONSTRAINT "FK_ae7e5b0433bfe7db106451cbf7f" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "first_weeks_hope" ADD CONSTRAINT "FK_359b9981c83fdac53f2253c17f3" FOREIGN KEY ("author_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "first_weeks_suggestion" ADD CONSTRAINT "FK_2e53ea9f9905521f1b83db511af" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`CREATE FUNCTION first_weeks_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is kept as written: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['first_weeks_hope', 'first_weeks_suggestion']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION first_weeks_is_kept()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION first_weeks_is_kept()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['first_weeks_hope', 'first_weeks_suggestion']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_change ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION first_weeks_is_kept()');
    await queryRunner.query(
      'ALTER TABLE "first_weeks_suggestion" DROP CONSTRAINT "FK_2e53ea9f9905521f1b83db511af"',
    );
    await queryRunner.query(
      'ALTER TABLE "first_weeks_hope" DROP CONSTRAINT "FK_359b9981c83fdac53f2253c17f3"',
    );
    await queryRunner.query(
      'ALTER TABLE "first_weeks_hope" DROP CONSTRAINT "FK_ae7e5b0433bfe7db106451cbf7f"',
    );
    await queryRunner.query('DROP INDEX "public"."first_weeks_suggestion_once"');
    await queryRunner.query('DROP TABLE "first_weeks_suggestion"');
    await queryRunner.query('DROP INDEX "public"."first_weeks_hope_once"');
    await queryRunner.query('DROP INDEX "public"."IDX_ae7e5b0433bfe7db106451cbf7"');
    await queryRunner.query('DROP TABLE "first_weeks_hope"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Expectations1795422084386 implements MigrationInterface {
  name = 'Expectations1795422084386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"expectation_decision\" AS ENUM('ACCEPT', 'REQUEST_CHANGE', 'RETIRE')",
    );
    await queryRunner.query(
      'CREATE TABLE "expectation_answer" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "expectation_id" uuid NOT NULL, "version" integer NOT NULL, "member_id" uuid, "author_user_id" uuid NOT NULL, "decision" "public"."expectation_decision", "comment" text, "suggested_text" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "expectation_answer_says_something" CHECK ("decision" IS NOT NULL OR "comment" IS NOT NULL), CONSTRAINT "PK_7f51e64328c173a402a5409e2b0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6566c0676cb8528892be5a77a6" ON "expectation_answer"  ("expectation_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "expectation_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expectation_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3d3f6cfef00fdce7b29ccb2efc3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_335641d8615081c36b04d37bb2" ON "expectation_version"  ("expectation_id", "version") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"expectation_category\" AS ENUM('CONTACT', 'HOUSEHOLD', 'MONEY', 'SOBRIETY_SUPPORT', 'TIME_TOGETHER', 'PRIVACY', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"expectation_status\" AS ENUM('PROPOSED', 'AGREED', 'RETIRED')",
    );
    await queryRunner.query(
      'CREATE TABLE "expectation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "from_member_id" uuid NOT NULL, "to_member_id" uuid NOT NULL, "category" "public"."expectation_category" NOT NULL, "applies_from_phase" integer NOT NULL, "review_on" date, "status" "public"."expectation_status" NOT NULL DEFAULT \'PROPOSED\', "current_version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "expectation_two_parties" CHECK ("from_member_id" <> "to_member_id"), CONSTRAINT "PK_97e96c77c690d4afb9253b15e3d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bfaab6f3a59cde53b96ae1ab8c" ON "expectation"  ("plan_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation" ADD CONSTRAINT "FK_7a23080c3dd1df43eddde8b09d7" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation" ADD CONSTRAINT "FK_78dba66672e6b15ed5a7ea821fa" FOREIGN KEY ("from_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation" ADD CONSTRAINT "FK_bbe662eb9653560fccaa7b5f677" FOREIGN KEY ("to_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Words and answers are never rewritten (DESIGN rule 6): reuse the append-only trigger function.
    for (const table of ['expectation_version', 'expectation_answer']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['expectation_version', 'expectation_answer'])
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    await queryRunner.query(
      'ALTER TABLE "expectation" DROP CONSTRAINT "FK_bbe662eb9653560fccaa7b5f677"',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation" DROP CONSTRAINT "FK_78dba66672e6b15ed5a7ea821fa"',
    );
    await queryRunner.query(
      'ALTER TABLE "expectation" DROP CONSTRAINT "FK_7a23080c3dd1df43eddde8b09d7"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_bfaab6f3a59cde53b96ae1ab8c"');
    await queryRunner.query('DROP TABLE "expectation"');
    await queryRunner.query('DROP TYPE "public"."expectation_status"');
    await queryRunner.query('DROP TYPE "public"."expectation_category"');
    await queryRunner.query('DROP INDEX "public"."IDX_335641d8615081c36b04d37bb2"');
    await queryRunner.query('DROP TABLE "expectation_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_6566c0676cb8528892be5a77a6"');
    await queryRunner.query('DROP TABLE "expectation_answer"');
    await queryRunner.query('DROP TYPE "public"."expectation_decision"');
  }
}

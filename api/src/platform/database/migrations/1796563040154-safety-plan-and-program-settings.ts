import { MigrationInterface, QueryRunner } from 'typeorm';

export class SafetyPlanAndProgramSettings1796563040154 implements MigrationInterface {
  name = 'SafetyPlanAndProgramSettings1796563040154';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "safety_plan_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "version" integer NOT NULL, "sections" jsonb NOT NULL, "review_on" date, "written_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8ea9f9cd673e6df5943b7970803" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "safety_plan_version_once" ON "safety_plan_version"  ("plan_id", "version") ',
    );
    await queryRunner.query('ALTER TABLE "organization" ADD "crisis_resources" jsonb');
    await queryRunner.query(
      'ALTER TABLE "safety_plan_version" ADD CONSTRAINT "FK_b2176672f0537f395754865d956" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "safety_plan_version" DROP CONSTRAINT "FK_b2176672f0537f395754865d956"',
    );
    await queryRunner.query('ALTER TABLE "organization" DROP COLUMN "crisis_resources"');
    await queryRunner.query('DROP INDEX "public"."safety_plan_version_once"');
    await queryRunner.query('DROP TABLE "safety_plan_version"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class PhaseStage1796573667069 implements MigrationInterface {
  name = 'PhaseStage1796573667069';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TYPE "public"."phase_stage" AS ENUM(\'HOMECOMING\', \'AFTERCARE\')',
    );
    await queryRunner.query('ALTER TABLE "plan_phase" ADD "stage" "public"."phase_stage"');
    // Plans and templates made before stages existed: the default ladder's two last phases,
    // known by their default (English, as stored) names; a program's own names stay unmarked.
    await queryRunner.query(
      `UPDATE plan_phase SET stage = CASE name WHEN 'Homecoming' THEN 'HOMECOMING'::phase_stage ELSE 'AFTERCARE'::phase_stage END
        WHERE name IN ('Homecoming', 'Aftercare')`,
    );
    await queryRunner.query(
      `UPDATE plan_template t SET phases = (
         SELECT jsonb_agg(CASE p->>'name'
                  WHEN 'Homecoming' THEN p || '{"stage": "HOMECOMING"}'
                  WHEN 'Aftercare' THEN p || '{"stage": "AFTERCARE"}'
                  ELSE p END ORDER BY ord)
           FROM jsonb_array_elements(t.phases) WITH ORDINALITY AS e(p, ord))
        WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(t.phases) p WHERE p ? 'stage')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "plan_phase" DROP COLUMN "stage"');
    await queryRunner.query('DROP TYPE "public"."phase_stage"');
  }
}

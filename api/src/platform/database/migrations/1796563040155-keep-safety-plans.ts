import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A safety plan's versions are kept as the patient wrote them (issue 13): a change is a new
 * version, so no version is ever updated, deleted or truncated, whoever connects.
 */
export class KeepSafetyPlans1796563040155 implements MigrationInterface {
  name = 'KeepSafetyPlans1796563040155';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION safety_plan_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is kept as written: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER safety_plan_version_no_change BEFORE UPDATE OR DELETE ON "safety_plan_version" FOR EACH ROW EXECUTE FUNCTION safety_plan_is_kept()',
    );
    await queryRunner.query(
      'CREATE TRIGGER safety_plan_version_no_truncate BEFORE TRUNCATE ON "safety_plan_version" FOR EACH STATEMENT EXECUTE FUNCTION safety_plan_is_kept()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER safety_plan_version_no_truncate ON "safety_plan_version"',
    );
    await queryRunner.query('DROP TRIGGER safety_plan_version_no_change ON "safety_plan_version"');
    await queryRunner.query('DROP FUNCTION safety_plan_is_kept()');
  }
}

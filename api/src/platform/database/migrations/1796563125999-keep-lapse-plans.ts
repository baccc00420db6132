import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = ['lapse_plan_acceptance', 'lapse_step_check'];

/**
 * What a family agreed and what happened is never overwritten or removed (DESIGN rule 6): a lapse
 * plan's version keeps its words (only where it stands moves on), and a hard day keeps its day,
 * its words and who recorded it (only its resumption is written later).
 */
export class KeepLapsePlans1796563125999 implements MigrationInterface {
  name = 'KeepLapsePlans1796563125999';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION lapse_plan_version_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.plan_id <> OLD.plan_id OR NEW.version <> OLD.version
           OR NEW.what_it_means <> OLD.what_it_means OR NEW.told_member_ids <> OLD.told_member_ids
           OR NEW.told_by IS DISTINCT FROM OLD.told_by OR NEW.pauses_visits <> OLD.pauses_visits
           OR NEW.max_pause_days <> OLD.max_pause_days OR NEW.steps_back_in <> OLD.steps_back_in
           OR NEW.proposed_by_user_id <> OLD.proposed_by_user_id OR NEW.created_at <> OLD.created_at THEN
          RAISE EXCEPTION 'a lapse plan version is never deleted and its words never change' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER lapse_plan_version_keep BEFORE UPDATE OR DELETE ON "lapse_plan_version" FOR EACH ROW EXECUTE FUNCTION lapse_plan_version_keep()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION lapse_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.plan_id <> OLD.plan_id
           OR NEW.plan_version_id IS DISTINCT FROM OLD.plan_version_id OR NEW.happened_on <> OLD.happened_on
           OR NEW.words IS DISTINCT FROM OLD.words OR NEW.recorded_by_user_id <> OLD.recorded_by_user_id
           OR NEW.created_at <> OLD.created_at OR NEW.paused <> OLD.paused
           OR NEW.pause_ends_on IS DISTINCT FROM OLD.pause_ends_on THEN
          RAISE EXCEPTION 'a hard day is never deleted and what was recorded never changes' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER lapse_keep BEFORE UPDATE OR DELETE ON "lapse" FOR EACH ROW EXECUTE FUNCTION lapse_keep()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER lapse_keep ON "lapse"`);
    await queryRunner.query(`DROP FUNCTION lapse_keep()`);
    await queryRunner.query(`DROP TRIGGER lapse_plan_version_keep ON "lapse_plan_version"`);
    await queryRunner.query(`DROP FUNCTION lapse_plan_version_keep()`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = ['trial_conditions_version', 'trial_signature', 'home_answer', 'trial_review'];

/**
 * What a trial homecoming's people wrote, signed and decided is never overwritten or removed
 * (DESIGN rule 6): published conditions, signatures, "how is home?" answers and reviews. The
 * trial's own row moves on (its end, an extension), but is never deleted.
 */
export class KeepHomecomingTrials1796574138999 implements MigrationInterface {
  name = 'KeepHomecomingTrials1796574138999';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION reject_change()`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION homecoming_trial_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.plan_id <> OLD.plan_id OR NEW.phase_id <> OLD.phase_id
           OR NEW.started_at <> OLD.started_at OR OLD.status = 'ENDED' THEN
          RAISE EXCEPTION 'a trial homecoming is never deleted, and an ended one never changes' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER homecoming_trial_keep BEFORE UPDATE OR DELETE ON "homecoming_trial" FOR EACH ROW EXECUTE FUNCTION homecoming_trial_keep()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER homecoming_trial_keep ON "homecoming_trial"`);
    await queryRunner.query(`DROP FUNCTION homecoming_trial_keep()`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
  }
}

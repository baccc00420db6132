import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows may only be retired (retired_at set once), never otherwise changed or deleted. */
const RETIRE_ONLY = ['support_person', 'family_track_item'];

/**
 * Nothing in the support network or the family track is silently lost (DESIGN rule 6): a change
 * to a person is a new version and the old one is retired with the time; an offer is retired,
 * never deleted; a family member's mark is kept as made.
 */
export class KeepSupportNetworkAndFamilyTrack1796563080374 implements MigrationInterface {
  name = 'KeepSupportNetworkAndFamilyTrack1796563080374';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER family_track_mark_append_only BEFORE UPDATE OR DELETE ON "family_track_mark" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION retire_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.retired_at IS NOT NULL OR NEW.retired_at IS NULL
           OR (to_jsonb(NEW) - 'retired_at') <> (to_jsonb(OLD) - 'retired_at') THEN
          RAISE EXCEPTION 'this row is kept: it may only be retired, once' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    for (const table of RETIRE_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_retire_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION retire_only()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of RETIRE_ONLY) {
      await queryRunner.query(`DROP TRIGGER ${table}_retire_only ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION retire_only()`);
    await queryRunner.query(`DROP TRIGGER family_track_mark_append_only ON "family_track_mark"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = [
  'concern_entry',
  'repair_commitment',
  'repair_acceptance',
  'repair_commitment_mark',
];

/**
 * Words a person wrote on a concern or a repair are never overwritten or removed (DESIGN rule 6):
 * each is a new row. A concern and a repair agreement are never deleted, and who raised it, what
 * it is about and what it says never change: only where they stand moves on.
 */
export class KeepConcerns1796551087999 implements MigrationInterface {
  name = 'KeepConcerns1796551087999';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION concern_keep_raiser() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.plan_id <> OLD.plan_id OR NEW.raised_by_user_id <> OLD.raised_by_user_id
           OR NEW.raised_by_member_id IS DISTINCT FROM OLD.raised_by_member_id OR NEW.subject <> OLD.subject
           OR NEW.boundary_id IS DISTINCT FROM OLD.boundary_id OR NEW.expectation_id IS DISTINCT FROM OLD.expectation_id
           OR NEW.visit_id IS DISTINCT FROM OLD.visit_id OR NEW.about_member_ids <> OLD.about_member_ids
           OR NEW.severity <> OLD.severity OR NEW.share_own_words <> OLD.share_own_words
           OR NEW.created_at <> OLD.created_at THEN
          RAISE EXCEPTION 'a concern is never deleted and what was raised never changes' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER concern_keep_raiser BEFORE UPDATE OR DELETE ON "concern" FOR EACH ROW EXECUTE FUNCTION concern_keep_raiser()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION repair_agreement_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.concern_id <> OLD.concern_id OR NEW.plan_id <> OLD.plan_id
           OR NEW.version <> OLD.version OR NEW.proposed_by_user_id <> OLD.proposed_by_user_id
           OR NEW.created_at <> OLD.created_at THEN
          RAISE EXCEPTION 'a repair agreement is never deleted and its version never changes' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER repair_agreement_keep BEFORE UPDATE OR DELETE ON "repair_agreement" FOR EACH ROW EXECUTE FUNCTION repair_agreement_keep()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER repair_agreement_keep ON "repair_agreement"`);
    await queryRunner.query(`DROP FUNCTION repair_agreement_keep()`);
    await queryRunner.query(`DROP TRIGGER concern_keep_raiser ON "concern"`);
    await queryRunner.query(`DROP FUNCTION concern_keep_raiser()`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
  }
}

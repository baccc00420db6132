import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sent message is never edited or deleted by anyone, whoever connects (issue 12): a
 * correction is a new message. The first time someone saw it is never moved either. An amends
 * keeps its words as written, and its reply once given; only where it stands may change.
 */
export class KeepEveryMessage1796551007045 implements MigrationInterface {
  name = 'KeepEveryMessage1796551007045';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION message_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is kept as sent: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['message', 'message_seen']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION message_is_kept()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION message_is_kept()`,
      );
    }
    // Threads and their people hold the messages: removing them would hide what was said.
    for (const table of ['message_thread', 'message_participant']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION message_is_kept()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION message_is_kept()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION amends_words_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'amends are kept: DELETE is not allowed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.what_happened IS DISTINCT FROM OLD.what_happened
           OR NEW.responsibility IS DISTINCT FROM OLD.responsibility
           OR NEW.will_do_differently IS DISTINCT FROM OLD.will_do_differently
           OR NEW.recipient_member_id IS DISTINCT FROM OLD.recipient_member_id
           OR (OLD.reply IS NOT NULL AND (NEW.reply IS DISTINCT FROM OLD.reply
               OR NEW.reply_visibility IS DISTINCT FROM OLD.reply_visibility)) THEN
          RAISE EXCEPTION 'an amends keeps its words as written' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER amends_words_kept BEFORE UPDATE OR DELETE ON "amends" FOR EACH ROW EXECUTE FUNCTION amends_words_kept()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER amends_words_kept ON "amends"');
    await queryRunner.query('DROP FUNCTION amends_words_kept()');
    for (const table of ['message_thread', 'message_participant']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_delete ON "${table}"`);
    }
    for (const table of ['message', 'message_seen']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_no_change ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION message_is_kept()');
  }
}

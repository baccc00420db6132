import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each disclosure names the records it showed (issue 15): kind, id and day of each (which
 * check-ins, which visit reflection, which safety-plan version). Rows written before keep null:
 * what they showed was not kept, and nothing is made up for them.
 */
export class DisclosureRecords1796650000000 implements MigrationInterface {
  name = 'DisclosureRecords1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "disclosure" ADD "records" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "disclosure" DROP COLUMN "records"`);
  }
}

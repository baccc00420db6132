import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeveralMemberships1796573677129 implements MigrationInterface {
  name = 'SeveralMemberships1796573677129';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_c126d679d889c31e8c861e6d2d"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_da9038b609ff1ebf502f0b68e9" ON "membership"  ("organization_id", "user_id", "role") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_da9038b609ff1ebf502f0b68e9"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c126d679d889c31e8c861e6d2d" ON "membership" USING btree ("organization_id", "user_id") ',
    );
  }
}

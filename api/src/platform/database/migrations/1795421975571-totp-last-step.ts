import { MigrationInterface, QueryRunner } from 'typeorm';

export class TotpLastStep1795421975571 implements MigrationInterface {
  name = 'TotpLastStep1795421975571';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "totp_last_step" bigint');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "totp_last_step"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffTotp1795417434687 implements MigrationInterface {
  name = 'StaffTotp1795417434687';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD "totp_secret" text');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "totp_enabled_at"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "totp_secret"');
  }
}

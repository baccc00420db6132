import { MigrationInterface, QueryRunner } from 'typeorm';

export class KnownDevices1796543151543 implements MigrationInterface {
  name = 'KnownDevices1796543151543';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "login_attempt" ADD "device" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "login_attempt" DROP COLUMN "device"');
  }
}

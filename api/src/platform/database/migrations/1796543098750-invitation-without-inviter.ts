import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationWithoutInviter1796543098750 implements MigrationInterface {
  name = 'InvitationWithoutInviter1796543098750';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "invitation" DROP CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3"',
    );
    await queryRunner.query('ALTER TABLE "invitation" ALTER COLUMN "invited_by_id" DROP NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "invitation" DROP CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3"',
    );
    await queryRunner.query('ALTER TABLE "invitation" ALTER COLUMN "invited_by_id" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "invitation" ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "membership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }
}

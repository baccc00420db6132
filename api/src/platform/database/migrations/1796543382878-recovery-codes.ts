import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecoveryCodes1796543382878 implements MigrationInterface {
  name = 'RecoveryCodes1796543382878';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b7f1e23329e93a80e25fd281922" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_a0a5d0531fcd8f15f45cf088e8" ON "recovery_code"  ("user_id", "code_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "recovery_code" ADD CONSTRAINT "FK_f5c95d9ca2047afa670093e2028" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "recovery_code" DROP CONSTRAINT "FK_f5c95d9ca2047afa670093e2028"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_a0a5d0531fcd8f15f45cf088e8"');
    await queryRunner.query('DROP TABLE "recovery_code"');
  }
}

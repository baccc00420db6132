import { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordReset1796539206258 implements MigrationInterface {
  name = 'PasswordReset1796539206258';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_0309de62e0cb0960ebb2cb65c95" UNIQUE ("token_hash"), CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "login_attempt" ADD "kind" text NOT NULL DEFAULT \'SIGN_IN\'',
    );
    await queryRunner.query(
      'ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"',
    );
    await queryRunner.query('ALTER TABLE "login_attempt" DROP COLUMN "kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_ad88301fdc79593dd222268a8b"');
    await queryRunner.query('DROP TABLE "password_reset"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutgoingMail1796538815947 implements MigrationInterface {
  name = 'OutgoingMail1796538815947';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outgoing_mail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" text NOT NULL, "to_address" text NOT NULL, "recipient_user_id" uuid, "language" text NOT NULL, "data" jsonb NOT NULL DEFAULT \'{}\', "send_after" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ed85381cac829352bf9e8238ff8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "outgoing_mail_due" ON "outgoing_mail"  ("send_after") WHERE status = \'PENDING\'',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."outgoing_mail_due"');
    await queryRunner.query('DROP TABLE "outgoing_mail"');
  }
}

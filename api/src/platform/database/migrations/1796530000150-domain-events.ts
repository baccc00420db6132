import { MigrationInterface, QueryRunner } from 'typeorm';

export class DomainEvents1796530000150 implements MigrationInterface {
  name = 'DomainEvents1796530000150';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "domain_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "organization_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "type" text NOT NULL, "actor_user_id" uuid, "record_type" text NOT NULL, "record_id" text, "details" jsonb NOT NULL DEFAULT \'{}\', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f901502d0301da69fb8cebbb8f2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_501b654f90822caf6fd8954a77" ON "domain_event"  ("plan_id", "id") ',
    );
    // The outbox is append-only, like the audit trail (reject_change comes from PlansAndConsent).
    await queryRunner.query(
      'CREATE TRIGGER domain_event_append_only BEFORE UPDATE OR DELETE ON "domain_event" FOR EACH ROW EXECUTE FUNCTION reject_change()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_501b654f90822caf6fd8954a77"');
    await queryRunner.query('DROP TABLE "domain_event"');
  }
}

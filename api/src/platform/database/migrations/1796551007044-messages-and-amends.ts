import { MigrationInterface, QueryRunner } from 'typeorm';

export class MessagesAndAmends1796551007044 implements MigrationInterface {
  name = 'MessagesAndAmends1796551007044';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "message_thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "started_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_11cb07b9ecf8cb247c5e2dc86ab" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e3c721f9607aff9e7164daef9a" ON "message_thread"  ("plan_id", "last_message_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "message_participant" ("thread_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "member_id" uuid, "kind" text NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_15f7d45c44df615048944dd97c6" PRIMARY KEY ("thread_id", "membership_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_membership_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "body" text NOT NULL, "idempotency_key" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "message_once_per_key" ON "message"  ("author_membership_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_74369f80715c8a8bed737e5b3b" ON "message"  ("thread_id", "sent_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "message_seen" ("message_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0ad7bf36be067b35eefed80fc9f" PRIMARY KEY ("message_id", "membership_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "amends" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "patient_member_id" uuid NOT NULL, "recipient_member_id" uuid NOT NULL, "what_happened" text NOT NULL, "responsibility" text NOT NULL, "will_do_differently" text NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reviewed_by_user_id" uuid, "offered_at" TIMESTAMP WITH TIME ZONE, "chosen_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE, "reply" text, "reply_visibility" text, "replied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9b90d3cd663ecd47768039271f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_89d4ac6ca26ab02fa3c037997e" ON "amends"  ("plan_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "message_thread" ADD CONSTRAINT "FK_b33e15f12f25a8ea70374a7cda3" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "message_participant" ADD CONSTRAINT "FK_3ee9ad92cf61c9406e52b8ed40e" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "message" ADD CONSTRAINT "FK_11cb07b9ecf8cb247c5e2dc86ab" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "message_seen" ADD CONSTRAINT "FK_eed4c3c02231de2667ccf305d95" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "amends" ADD CONSTRAINT "FK_674f0d8011dff05a8d0b692b222" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "amends" ADD CONSTRAINT "FK_2350921d68bbce8a73ddcad8ba0" FOREIGN KEY ("patient_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "amends" ADD CONSTRAINT "FK_67a3f9467893b29de22da498e96" FOREIGN KEY ("recipient_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "amends" DROP CONSTRAINT "FK_67a3f9467893b29de22da498e96"',
    );
    await queryRunner.query(
      'ALTER TABLE "amends" DROP CONSTRAINT "FK_2350921d68bbce8a73ddcad8ba0"',
    );
    await queryRunner.query(
      'ALTER TABLE "amends" DROP CONSTRAINT "FK_674f0d8011dff05a8d0b692b222"',
    );
    await queryRunner.query(
      'ALTER TABLE "message_seen" DROP CONSTRAINT "FK_eed4c3c02231de2667ccf305d95"',
    );
    await queryRunner.query(
      'ALTER TABLE "message" DROP CONSTRAINT "FK_11cb07b9ecf8cb247c5e2dc86ab"',
    );
    await queryRunner.query(
      'ALTER TABLE "message_participant" DROP CONSTRAINT "FK_3ee9ad92cf61c9406e52b8ed40e"',
    );
    await queryRunner.query(
      'ALTER TABLE "message_thread" DROP CONSTRAINT "FK_b33e15f12f25a8ea70374a7cda3"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_89d4ac6ca26ab02fa3c037997e"');
    await queryRunner.query('DROP TABLE "amends"');
    await queryRunner.query('DROP TABLE "message_seen"');
    await queryRunner.query('DROP INDEX "public"."IDX_74369f80715c8a8bed737e5b3b"');
    await queryRunner.query('DROP INDEX "public"."message_once_per_key"');
    await queryRunner.query('DROP TABLE "message"');
    await queryRunner.query('DROP TABLE "message_participant"');
    await queryRunner.query('DROP INDEX "public"."IDX_e3c721f9607aff9e7164daef9a"');
    await queryRunner.query('DROP TABLE "message_thread"');
  }
}

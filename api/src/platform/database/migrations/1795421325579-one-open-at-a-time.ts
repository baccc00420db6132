import { MigrationInterface, QueryRunner } from 'typeorm';

export class OneOpenAtATime1795421325579 implements MigrationInterface {
  name = 'OneOpenAtATime1795421325579';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNIQUE INDEX "plan_one_open_per_patient" ON "plan"  ("patient_membership_id") WHERE "status" IN (\'DRAFT\', \'ACTIVE\', \'PAUSED\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "plan_member_one_open_per_membership" ON "plan_member"  ("plan_id", "membership_id") WHERE "status" IN (\'AWAITING_PATIENT\', \'INVITED\', \'ACTIVE\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "plan_member_one_open_per_email" ON "plan_member"  ("plan_id", "email") WHERE "status" IN (\'AWAITING_PATIENT\', \'INVITED\', \'ACTIVE\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "consent_one_live_per_member" ON "consent"  ("recipient_member_id") WHERE "revoked_at" IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."consent_one_live_per_member"');
    await queryRunner.query('DROP INDEX "public"."plan_member_one_open_per_email"');
    await queryRunner.query('DROP INDEX "public"."plan_member_one_open_per_membership"');
    await queryRunner.query('DROP INDEX "public"."plan_one_open_per_patient"');
  }
}

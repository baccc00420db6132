import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckInLatest1796270222561 implements MigrationInterface {
  name = 'CheckInLatest1796270222561';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_95dc58588369ae7ae238777e2b" ON "check_in"  ("member_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_87cf273c99aeb2556d8dab8079" ON "check_in"  ("plan_id", "created_at") ',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_87cf273c99aeb2556d8dab8079"');
    await queryRunner.query('DROP INDEX "public"."IDX_95dc58588369ae7ae238777e2b"');
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreement1796267700294 implements MigrationInterface {
  name = 'Agreement1796267700294';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "boundary_acknowledgement" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "boundary_id" uuid NOT NULL, "version" integer NOT NULL, "member_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7edace8e39744fa34bb2a53ab5c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_7798e2184c9d0f60f81bbb4334" ON "boundary_acknowledgement"  ("boundary_id", "version", "member_id") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."boundary_visibility" AS ENUM(\'PLAN\', \'STAFF_ONLY\')',
    );
    await queryRunner.query(
      'CREATE TABLE "boundary_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "boundary_id" uuid NOT NULL, "version" integer NOT NULL, "need" text NOT NULL, "if_crossed" text NOT NULL, "applies_to_member_ids" uuid array NOT NULL, "visibility" "public"."boundary_visibility" NOT NULL, "author_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "boundary_version_applies_to_someone" CHECK (cardinality("applies_to_member_ids") > 0), CONSTRAINT "PK_8ede3c464bd31bc4c0830d360ef" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_6a6fe87f02d4de3d4a91dd98bc" ON "boundary_version"  ("boundary_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "boundary" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "owner_member_id" uuid NOT NULL, "category" "public"."expectation_category" NOT NULL, "current_version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_47a7500ade6da29f1f5492b56ab" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f1e25d77e5916a557c71fe9e32" ON "boundary"  ("plan_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contract_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "version" integer NOT NULL, "content" jsonb NOT NULL, "content_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dc22c2043e8f7513b637c461fcd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_166a1c0f65ac21b30623ae1555" ON "contract_version"  ("plan_id", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "contract_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_version_id" uuid NOT NULL, "member_id" uuid NOT NULL, "typed_name" text NOT NULL, "content_hash" character(64) NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "contract_signature_named" CHECK (length(btrim("typed_name")) > 0), CONSTRAINT "PK_381e2aed89dc2a1bcba4cc46be5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_2e55a930b18bf2fc55e6c41f86" ON "contract_signature"  ("contract_version_id", "member_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary" ADD CONSTRAINT "FK_5ee43d4d676866b1e7464fa82c8" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary" ADD CONSTRAINT "FK_cbc6a0917597729607caf746d52" FOREIGN KEY ("owner_member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_version" ADD CONSTRAINT "FK_8ad3e1a05f9da8772de947a7fd2" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_signature" ADD CONSTRAINT "FK_803721c46eba70b34b524b5314f" FOREIGN KEY ("contract_version_id") REFERENCES "contract_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_signature" ADD CONSTRAINT "FK_61c7535669b698804cd2cca43a6" FOREIGN KEY ("member_id") REFERENCES "plan_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Stated words, acknowledgements, contract versions and signatures are never rewritten (DESIGN rule 6).
    for (const table of [
      'boundary_version',
      'boundary_acknowledgement',
      'contract_version',
      'contract_signature',
    ]) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'boundary_version',
      'boundary_acknowledgement',
      'contract_version',
      'contract_signature',
    ])
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    await queryRunner.query(
      'ALTER TABLE "contract_signature" DROP CONSTRAINT "FK_61c7535669b698804cd2cca43a6"',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_signature" DROP CONSTRAINT "FK_803721c46eba70b34b524b5314f"',
    );
    await queryRunner.query(
      'ALTER TABLE "contract_version" DROP CONSTRAINT "FK_8ad3e1a05f9da8772de947a7fd2"',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary" DROP CONSTRAINT "FK_cbc6a0917597729607caf746d52"',
    );
    await queryRunner.query(
      'ALTER TABLE "boundary" DROP CONSTRAINT "FK_5ee43d4d676866b1e7464fa82c8"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_2e55a930b18bf2fc55e6c41f86"');
    await queryRunner.query('DROP TABLE "contract_signature"');
    await queryRunner.query('DROP INDEX "public"."IDX_166a1c0f65ac21b30623ae1555"');
    await queryRunner.query('DROP TABLE "contract_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_f1e25d77e5916a557c71fe9e32"');
    await queryRunner.query('DROP TABLE "boundary"');
    await queryRunner.query('DROP INDEX "public"."IDX_6a6fe87f02d4de3d4a91dd98bc"');
    await queryRunner.query('DROP TABLE "boundary_version"');
    await queryRunner.query('DROP TYPE "public"."boundary_visibility"');
    await queryRunner.query('DROP INDEX "public"."IDX_7798e2184c9d0f60f81bbb4334"');
    await queryRunner.query('DROP TABLE "boundary_acknowledgement"');
  }
}

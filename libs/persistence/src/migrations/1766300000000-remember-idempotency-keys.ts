import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Each Idempotency-Key with the fingerprint of the request it first came with, so another request cannot reuse it. */
export class RememberIdempotencyKeys1766300000000 implements MigrationInterface {
  name = 'RememberIdempotencyKeys1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" (
         "scope" varchar(300) NOT NULL,
         "key" varchar(128) NOT NULL,
         "fingerprint" char(64) NOT NULL,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY ("scope", "key")
       )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Overdue work the standing office hears of in one daily digest, instead of a mail per assignment. */
export class CreateDigestItems1765100000000 implements MigrationInterface {
  name = 'CreateDigestItems1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "digest_items" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "recipients" text[] NOT NULL,
        "office_name" varchar(300) NOT NULL,
        "assignment_id" uuid NOT NULL REFERENCES "assignments" ("id") ON DELETE CASCADE,
        "deadline_version" int NOT NULL,
        "step" varchar(60) NOT NULL,
        "digest_key" varchar(300),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "digest_items_assignment_step_key" UNIQUE ("assignment_id", "deadline_version", "step")
      )`);
    await queryRunner.query(`CREATE INDEX "digest_items_digest_key_idx" ON "digest_items" ("digest_key")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "digest_items"`);
  }
}

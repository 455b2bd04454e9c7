import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePersonalLinksAndFindings1764500000000 implements MigrationInterface {
  name = 'CreatePersonalLinksAndFindings1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "personal_links" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "token_hash" char(64) NOT NULL CONSTRAINT "personal_links_token_hash_key" UNIQUE,
        "purpose" varchar(20) NOT NULL CONSTRAINT "personal_links_purpose_check" CHECK ("purpose" IN ('assignment', 'inspection')),
        "assignment_id" uuid REFERENCES "assignments" ("id") ON DELETE CASCADE,
        "inspection_id" uuid REFERENCES "inspections" ("id") ON DELETE CASCADE,
        "agency_id" uuid REFERENCES "agencies" ("id") ON DELETE CASCADE,
        "user_id" uuid REFERENCES "users" ("id") ON DELETE CASCADE,
        "recipient" varchar(320) NOT NULL,
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "last_used_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "personal_links_target_check" CHECK (
          ("purpose" = 'assignment' AND "assignment_id" IS NOT NULL AND "agency_id" IS NOT NULL)
          OR ("purpose" = 'inspection' AND "inspection_id" IS NOT NULL AND "user_id" IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX "personal_links_assignment_idx" ON "personal_links" ("assignment_id")`);
    await queryRunner.query(`
      CREATE TABLE "inspection_findings" (
        "inspection_id" uuid NOT NULL REFERENCES "inspections" ("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL REFERENCES "agencies" ("id") ON DELETE RESTRICT,
        "finding" text NOT NULL,
        "rating" varchar(20) NOT NULL CONSTRAINT "inspection_findings_rating_check" CHECK ("rating" IN ('tot', 'kha', 'dat', 'chua_dat')),
        "recommendation" text NOT NULL DEFAULT '',
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "recorded_by" uuid NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("inspection_id", "agency_id")
      )`);
    await queryRunner.query(`ALTER TABLE "submissions" ADD COLUMN "submitted_by_email" varchar(320)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submissions" DROP COLUMN "submitted_by_email"`);
    await queryRunner.query(`DROP TABLE "inspection_findings"`);
    await queryRunner.query(`DROP TABLE "personal_links"`);
  }
}

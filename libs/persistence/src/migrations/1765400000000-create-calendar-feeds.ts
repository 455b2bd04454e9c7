import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Private calendar feeds: only a generation and a revocation per feed; the token is derived, never stored. */
export class CreateCalendarFeeds1765400000000 implements MigrationInterface {
  name = 'CreateCalendarFeeds1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "calendar_feeds" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "scope" varchar(20) NOT NULL CONSTRAINT "calendar_feeds_scope_check" CHECK ("scope" IN ('agency', 'plan')),
        "agency_id" uuid REFERENCES "agencies" ("id") ON DELETE CASCADE,
        "plan_id" uuid REFERENCES "plans" ("id") ON DELETE CASCADE,
        "generation" int NOT NULL DEFAULT 1 CONSTRAINT "calendar_feeds_generation_check" CHECK ("generation" > 0),
        "revoked_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "calendar_feeds_subject_check" CHECK (
          ("scope" = 'agency' AND "agency_id" IS NOT NULL AND "plan_id" IS NULL)
          OR ("scope" = 'plan' AND "plan_id" IS NOT NULL AND "agency_id" IS NULL)),
        CONSTRAINT "calendar_feeds_agency_key" UNIQUE ("agency_id"),
        CONSTRAINT "calendar_feeds_plan_key" UNIQUE ("plan_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Every change of an assignment as an event, so any figure can be answered as it stood on a past day. Existing
 * assignments get their history back from what the rows and their reports still say: opened when created, each
 * report and review when it happened, and their present state when last updated.
 */
export class CreateAssignmentEvents1765200000000 implements MigrationInterface {
  name = 'CreateAssignmentEvents1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assignment_events" (
        "id" bigserial PRIMARY KEY,
        "assignment_id" uuid NOT NULL REFERENCES "assignments" ("id") ON DELETE CASCADE,
        "plan_id" uuid NOT NULL,
        "agency_id" uuid NOT NULL,
        "action" varchar(30) NOT NULL,
        "from_status" varchar(20),
        "to_status" varchar(20) NOT NULL,
        "due_date" date,
        "deadline_version" int NOT NULL,
        "actor_id" uuid,
        "actor_email" varchar(320),
        "note" text,
        "dedupe_key" varchar(300),
        "at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "assignment_events_dedupe_key" UNIQUE ("assignment_id", "dedupe_key")
      )`);
    await queryRunner.query(
      `CREATE INDEX "assignment_events_plan_idx" ON "assignment_events" ("plan_id", "assignment_id", "at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "assignment_events_agency_idx" ON "assignment_events" ("agency_id", "assignment_id", "at", "id")`,
    );
    await queryRunner.query(`
      INSERT INTO "assignment_events"
        ("assignment_id", "plan_id", "agency_id", "action", "from_status", "to_status", "due_date",
         "deadline_version", "dedupe_key", "at")
      SELECT a."id", a."plan_id", a."agency_id", 'opened', NULL, 'pending', a."due_date", 1, 'backfill:opened',
             a."created_at"
      FROM "assignments" a`);
    await queryRunner.query(`
      INSERT INTO "assignment_events"
        ("assignment_id", "plan_id", "agency_id", "action", "to_status", "due_date", "deadline_version",
         "actor_id", "actor_email", "dedupe_key", "at")
      SELECT a."id", a."plan_id", a."agency_id", 'submitted', 'submitted', a."due_date", a."deadline_version",
             s."submitted_by", s."submitted_by_email", 'backfill:submitted:' || s."version", s."submitted_at"
      FROM "submissions" s JOIN "assignments" a ON a."id" = s."assignment_id"`);
    await queryRunner.query(`
      INSERT INTO "assignment_events"
        ("assignment_id", "plan_id", "agency_id", "action", "to_status", "due_date", "deadline_version",
         "actor_id", "dedupe_key", "at")
      SELECT a."id", a."plan_id", a."agency_id", s."review_outcome", s."review_outcome", a."due_date",
             a."deadline_version", s."reviewed_by", 'backfill:reviewed:' || s."version", s."reviewed_at"
      FROM "submissions" s JOIN "assignments" a ON a."id" = s."assignment_id"
      WHERE s."review_outcome" IN ('accepted', 'returned') AND s."reviewed_at" IS NOT NULL`);
    await queryRunner.query(`
      INSERT INTO "assignment_events"
        ("assignment_id", "plan_id", "agency_id", "action", "to_status", "due_date", "deadline_version",
         "dedupe_key", "at")
      SELECT a."id", a."plan_id", a."agency_id", 'backfilled', a."status", a."due_date", a."deadline_version",
             'backfill:state', greatest(a."updated_at", coalesce(
               (SELECT max(e."at") FROM "assignment_events" e WHERE e."assignment_id" = a."id"), a."updated_at"))
      FROM "assignments" a`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assignment_events"`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

const inList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

// Spelled out rather than imported from the entities: a landed migration must not change when an entity does.
const AGENCY_KINDS = [
  'provincial_department',
  'provincial_committee',
  'district_committee',
  'commune_committee',
  'council',
  'socio_political',
  'central_in_province',
  'press',
  'other',
];
const ASSIGNMENT_STATUSES = [
  'pending',
  'in_progress',
  'submitted',
  'returned',
  'accepted',
  'overdue',
  'waived',
  'cancelled',
];
const INSPECTION_STATUSES = ['scheduled', 'notified', 'reported', 'closed', 'cancelled'];
const USER_ROLES = ['admin', 'coordinator', 'agency_officer', 'inspector', 'viewer'];
const ROLES = ['lead', 'coordinating'];

const TIMESTAMPS = `
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "updated_at" timestamptz NOT NULL DEFAULT now()`;

export class CreateRegistry1763900000000 implements MigrationInterface {
  name = 'CreateRegistry1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);

    await run(`
      CREATE TABLE "agencies" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code" varchar(60) NOT NULL CONSTRAINT "agencies_code_key" UNIQUE,
        "name" text NOT NULL,
        "province" varchar(100) NOT NULL,
        "short_names" text[] NOT NULL DEFAULT '{}',
        "aliases" text[] NOT NULL DEFAULT '{}',
        "kind" varchar(40) NOT NULL CONSTRAINT "agencies_kind_check" CHECK ("kind" IN (${inList(AGENCY_KINDS)})),
        "parent_id" uuid CONSTRAINT "agencies_parent_id_fkey" REFERENCES "agencies" ("id") ON DELETE RESTRICT,
        "focal_emails" text[] NOT NULL DEFAULT '{}',
        "head_email" varchar(320),
        "active" boolean NOT NULL DEFAULT true,
        "search_key" text NOT NULL,${TIMESTAMPS}
      )`);
    await run(`CREATE INDEX "agencies_search_key_idx" ON "agencies" ("search_key" text_pattern_ops)`);
    await run(`CREATE INDEX "agencies_province_kind_idx" ON "agencies" ("province", "kind")`);
    await run(`CREATE INDEX "agencies_parent_id_idx" ON "agencies" ("parent_id")`);

    await run(`
      CREATE TABLE "agency_groups" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "code" varchar(60) NOT NULL CONSTRAINT "agency_groups_code_key" UNIQUE,
        "name" text NOT NULL,
        "province" varchar(100) NOT NULL,
        "phrases" text[] NOT NULL DEFAULT '{}',
        "search_key" text NOT NULL,${TIMESTAMPS}
      )`);
    await run(`CREATE INDEX "agency_groups_search_key_idx" ON "agency_groups" ("search_key" text_pattern_ops)`);
    await run(`
      CREATE TABLE "agency_group_members" (
        "group_id" uuid NOT NULL CONSTRAINT "agency_group_members_group_id_fkey"
          REFERENCES "agency_groups" ("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL CONSTRAINT "agency_group_members_agency_id_fkey"
          REFERENCES "agencies" ("id") ON DELETE CASCADE,
        CONSTRAINT "agency_group_members_pkey" PRIMARY KEY ("group_id", "agency_id")
      )`);
    await run(`CREATE INDEX "agency_group_members_agency_id_idx" ON "agency_group_members" ("agency_id")`);

    await run(`ALTER TABLE "plans" ALTER COLUMN "id" SET DEFAULT gen_random_uuid()`);
    await run(`
      ALTER TABLE "plans"
        ADD COLUMN "issuer" text,
        ADD COLUMN "issued_date" date,
        ADD COLUMN "basis" jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN "period_from" integer,
        ADD COLUMN "period_to" integer,
        ADD COLUMN "period_text" text,
        ADD COLUMN "standing_office_id" uuid CONSTRAINT "plans_standing_office_id_fkey"
          REFERENCES "agencies" ("id") ON DELETE RESTRICT,
        ADD COLUMN "source_document" jsonb,
        ADD COLUMN "warnings" jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN "policy" jsonb,
        ADD CONSTRAINT "plans_period_check" CHECK ("period_from" IS NULL OR "period_to" IS NULL OR "period_from" <= "period_to")`);
    await run(`CREATE INDEX "plans_status_idx" ON "plans" ("status", "created_at")`);

    await run(`
      CREATE TABLE "tasks" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL CONSTRAINT "tasks_plan_id_fkey" REFERENCES "plans" ("id") ON DELETE CASCADE,
        "code" varchar(60) NOT NULL,
        "parent_id" uuid CONSTRAINT "tasks_parent_id_fkey" REFERENCES "tasks" ("id") ON DELETE CASCADE,
        "position" integer NOT NULL,
        "title" text NOT NULL,
        "content" text,
        "lead_names" text[] NOT NULL DEFAULT '{}',
        "coordinating_names" text[] NOT NULL DEFAULT '{}',
        "timeframe" text,
        "schedule" jsonb,
        "form" text,
        "product" text,${TIMESTAMPS},
        CONSTRAINT "tasks_plan_id_code_key" UNIQUE ("plan_id", "code")
      )`);
    await run(`CREATE INDEX "tasks_plan_id_position_idx" ON "tasks" ("plan_id", "position")`);
    await run(`CREATE INDEX "tasks_parent_id_idx" ON "tasks" ("parent_id")`);
    await run(`
      CREATE TABLE "task_agencies" (
        "task_id" uuid NOT NULL CONSTRAINT "task_agencies_task_id_fkey" REFERENCES "tasks" ("id") ON DELETE CASCADE,
        "agency_id" uuid NOT NULL CONSTRAINT "task_agencies_agency_id_fkey"
          REFERENCES "agencies" ("id") ON DELETE RESTRICT,
        "role" varchar(20) NOT NULL CONSTRAINT "task_agencies_role_check" CHECK ("role" IN (${inList(ROLES)})),
        CONSTRAINT "task_agencies_pkey" PRIMARY KEY ("task_id", "agency_id", "role")
      )`);
    await run(`CREATE INDEX "task_agencies_agency_id_idx" ON "task_agencies" ("agency_id")`);

    await this.createPeopleAndAudit(queryRunner);
    await this.createWork(queryRunner);
  }

  private async createPeopleAndAudit(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(320) NOT NULL CONSTRAINT "users_email_key" UNIQUE
          CONSTRAINT "users_email_lower_check" CHECK ("email" = lower("email")),
        "name" text NOT NULL,
        "password_hash" text,
        "role" varchar(20) NOT NULL CONSTRAINT "users_role_check" CHECK ("role" IN (${inList(USER_ROLES)})),
        "agency_id" uuid CONSTRAINT "users_agency_id_fkey" REFERENCES "agencies" ("id") ON DELETE RESTRICT,
        "active" boolean NOT NULL DEFAULT true,${TIMESTAMPS},
        CONSTRAINT "users_agency_officer_agency_check" CHECK ("role" <> 'agency_officer' OR "agency_id" IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX "users_agency_id_idx" ON "users" ("agency_id")`);
    await queryRunner.query(`
      CREATE TABLE "audit_events" (
        "id" bigserial PRIMARY KEY,
        "actor_id" uuid CONSTRAINT "audit_events_actor_id_fkey" REFERENCES "users" ("id") ON DELETE RESTRICT,
        "actor_email" varchar(320),
        "action" varchar(100) NOT NULL,
        "entity_type" varchar(60) NOT NULL,
        "entity_id" varchar(100),
        "before" jsonb,
        "after" jsonb,
        "request_id" varchar(200),
        "at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_type", "entity_id", "at")`,
    );
    await queryRunner.query(`CREATE INDEX "audit_events_actor_id_idx" ON "audit_events" ("actor_id", "at")`);
    await queryRunner.query(`CREATE INDEX "audit_events_at_idx" ON "audit_events" ("at")`);
  }

  private async createWork(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assignments" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL CONSTRAINT "assignments_plan_id_fkey" REFERENCES "plans" ("id") ON DELETE RESTRICT,
        "task_id" uuid NOT NULL CONSTRAINT "assignments_task_id_fkey" REFERENCES "tasks" ("id") ON DELETE RESTRICT,
        "agency_id" uuid NOT NULL CONSTRAINT "assignments_agency_id_fkey"
          REFERENCES "agencies" ("id") ON DELETE RESTRICT,
        "period" varchar(40) NOT NULL,
        "role" varchar(20) NOT NULL CONSTRAINT "assignments_role_check" CHECK ("role" IN (${inList(ROLES)})),
        "due_date" date,
        "status" varchar(20) NOT NULL DEFAULT 'pending'
          CONSTRAINT "assignments_status_check" CHECK ("status" IN (${inList(ASSIGNMENT_STATUSES)})),
        "deadline_version" integer NOT NULL DEFAULT 1 CONSTRAINT "assignments_deadline_version_check"
          CHECK ("deadline_version" >= 1),
        "workflow_id" varchar(200) CONSTRAINT "assignments_workflow_id_key" UNIQUE,${TIMESTAMPS},
        CONSTRAINT "assignments_task_id_agency_id_period_key" UNIQUE ("task_id", "agency_id", "period")
      )`);
    await queryRunner.query(`CREATE INDEX "assignments_plan_id_status_idx" ON "assignments" ("plan_id", "status")`);
    await queryRunner.query(`CREATE INDEX "assignments_agency_id_status_idx" ON "assignments" ("agency_id", "status")`);
    await queryRunner.query(`CREATE INDEX "assignments_status_due_date_idx" ON "assignments" ("status", "due_date")`);
    await queryRunner.query(`CREATE INDEX "assignments_due_date_idx" ON "assignments" ("due_date")`);

    await queryRunner.query(`
      CREATE TABLE "submissions" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "assignment_id" uuid NOT NULL CONSTRAINT "submissions_assignment_id_fkey"
          REFERENCES "assignments" ("id") ON DELETE RESTRICT,
        "version" integer NOT NULL CONSTRAINT "submissions_version_check" CHECK ("version" >= 1),
        "report_text" text,
        "attachments" jsonb NOT NULL DEFAULT '[]',
        "submitted_by" uuid CONSTRAINT "submissions_submitted_by_fkey" REFERENCES "users" ("id") ON DELETE RESTRICT,
        "submitted_at" timestamptz NOT NULL DEFAULT now(),
        "review_outcome" varchar(20) CONSTRAINT "submissions_review_outcome_check"
          CHECK ("review_outcome" IN ('accepted', 'returned')),
        "review_comment" text,
        "reviewed_by" uuid CONSTRAINT "submissions_reviewed_by_fkey" REFERENCES "users" ("id") ON DELETE RESTRICT,
        "reviewed_at" timestamptz,${TIMESTAMPS},
        CONSTRAINT "submissions_assignment_id_version_key" UNIQUE ("assignment_id", "version")
      )`);

    await queryRunner.query(`
      CREATE TABLE "inspections" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "plan_id" uuid NOT NULL CONSTRAINT "inspections_plan_id_fkey" REFERENCES "plans" ("id") ON DELETE RESTRICT,
        "task_id" uuid CONSTRAINT "inspections_task_id_fkey" REFERENCES "tasks" ("id") ON DELETE RESTRICT,
        "period" varchar(40) NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'scheduled'
          CONSTRAINT "inspections_status_check" CHECK ("status" IN (${inList(INSPECTION_STATUSES)})),
        "window_start" date,
        "window_end" date,
        "report_due" date,
        "teams" jsonb NOT NULL DEFAULT '[]',
        "draw_seed" varchar(200),
        "findings_report" text,
        "reported_at" timestamptz,
        "workflow_id" varchar(200) CONSTRAINT "inspections_workflow_id_key" UNIQUE,${TIMESTAMPS},
        CONSTRAINT "inspections_window_check" CHECK ("window_start" IS NULL OR "window_end" IS NULL
          OR "window_start" <= "window_end")
      )`);
    await queryRunner.query(`CREATE INDEX "inspections_plan_id_status_idx" ON "inspections" ("plan_id", "status")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`DROP TABLE "inspections"`);
    await run(`DROP TABLE "submissions"`);
    await run(`DROP TABLE "assignments"`);
    await run(`DROP TABLE "audit_events"`);
    await run(`DROP TABLE "users"`);
    await run(`DROP TABLE "task_agencies"`);
    await run(`DROP TABLE "tasks"`);
    await run(`DROP INDEX "plans_status_idx"`);
    await run(`
      ALTER TABLE "plans"
        DROP CONSTRAINT "plans_period_check",
        DROP COLUMN "policy",
        DROP COLUMN "warnings",
        DROP COLUMN "source_document",
        DROP COLUMN "standing_office_id",
        DROP COLUMN "period_text",
        DROP COLUMN "period_to",
        DROP COLUMN "period_from",
        DROP COLUMN "basis",
        DROP COLUMN "issued_date",
        DROP COLUMN "issuer"`);
    await run(`ALTER TABLE "plans" ALTER COLUMN "id" DROP DEFAULT`);
    await run(`DROP TABLE "agency_group_members"`);
    await run(`DROP TABLE "agency_groups"`);
    await run(`DROP TABLE "agencies"`);
  }
}

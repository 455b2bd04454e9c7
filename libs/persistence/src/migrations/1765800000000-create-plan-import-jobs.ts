import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Scanned plans are read by OCR off the request path: the upload answers with a job whose progress is polled. */
export class CreatePlanImportJobs1765800000000 implements MigrationInterface {
  name = 'CreatePlanImportJobs1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "plan_import_jobs" (
         "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
         "status" varchar(20) NOT NULL CHECK ("status" IN ('reading', 'done', 'failed')),
         "filename" varchar(300) NOT NULL,
         "province" varchar(100),
         "created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
         "pages_done" int NOT NULL DEFAULT 0,
         "pages_total" int,
         "plan_id" uuid REFERENCES "plans"("id") ON DELETE SET NULL,
         "outcome" jsonb,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         "updated_at" timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_import_jobs_reading" ON "plan_import_jobs" ("updated_at") WHERE "status" = 'reading'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "plan_import_jobs"`);
  }
}

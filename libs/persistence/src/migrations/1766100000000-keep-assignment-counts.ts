import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A plan's assignments counted by task and status, kept by triggers, so its progress reads a few rows instead of
 * counting 10,000 on every request (bench:api). Statement-level triggers apply one aggregated change per statement,
 * so opening a period (one multi-row insert) pays once. Changes are applied in key order, so two transactions moving
 * rows in opposite directions lock the counters in the same order. No foreign keys: a count follows its rows.
 */
export class KeepAssignmentCounts1766100000000 implements MigrationInterface {
  name = 'KeepAssignmentCounts1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "assignment_counts" (
        "plan_id" uuid NOT NULL,
        "task_id" uuid NOT NULL,
        "status" varchar(20) NOT NULL,
        "count" integer NOT NULL,
        CONSTRAINT "assignment_counts_pkey" PRIMARY KEY ("plan_id", "task_id", "status")
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "assignment_counts_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changes "assignment_counts"[];
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM "assignment_counts";
          RETURN NULL;
        ELSIF TG_OP = 'INSERT' THEN
          SELECT array_agg(c ORDER BY c."plan_id", c."task_id", c."status") INTO changes
          FROM (SELECT "plan_id", "task_id", "status", count(*)::int FROM new_rows GROUP BY 1, 2, 3) c;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(c ORDER BY c."plan_id", c."task_id", c."status") INTO changes
          FROM (SELECT "plan_id", "task_id", "status", -count(*)::int FROM old_rows GROUP BY 1, 2, 3) c;
        ELSE
          SELECT array_agg(c ORDER BY c."plan_id", c."task_id", c."status") INTO changes
          FROM (SELECT "plan_id", "task_id", "status", sum(change)::int
                FROM (SELECT "plan_id", "task_id", "status", 1 AS change FROM new_rows
                      UNION ALL
                      SELECT "plan_id", "task_id", "status", -1 FROM old_rows) moved
                GROUP BY 1, 2, 3 HAVING sum(change) <> 0) c;
        END IF;
        IF changes IS NULL THEN
          RETURN NULL;
        END IF;
        INSERT INTO "assignment_counts" AS kept
        SELECT * FROM unnest(changes) ORDER BY "plan_id", "task_id", "status"
        ON CONFLICT ("plan_id", "task_id", "status") DO UPDATE SET "count" = kept."count" + EXCLUDED."count";
        DELETE FROM "assignment_counts" kept USING unnest(changes) c
        WHERE c."count" < 0 AND kept."count" = 0
          AND (kept."plan_id", kept."task_id", kept."status") = (c."plan_id", c."task_id", c."status");
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "assignment_counts_insert" AFTER INSERT ON "assignments"
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "assignment_counts_follow"()`);
    await queryRunner.query(`
      CREATE TRIGGER "assignment_counts_update" AFTER UPDATE ON "assignments"
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION "assignment_counts_follow"()`);
    await queryRunner.query(`
      CREATE TRIGGER "assignment_counts_delete" AFTER DELETE ON "assignments"
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "assignment_counts_follow"()`);
    await queryRunner.query(`
      CREATE TRIGGER "assignment_counts_truncate" AFTER TRUNCATE ON "assignments"
        FOR EACH STATEMENT EXECUTE FUNCTION "assignment_counts_follow"()`);
    // The triggers' lock keeps writers out until this commits, so the backfill and the triggers see the same rows.
    await queryRunner.query(`
      INSERT INTO "assignment_counts" ("plan_id", "task_id", "status", "count")
      SELECT "plan_id", "task_id", "status", count(*) FROM "assignments" GROUP BY 1, 2, 3`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER "assignment_counts_${event}" ON "assignments"`);
    }
    await queryRunner.query(`DROP FUNCTION "assignment_counts_follow"()`);
    await queryRunner.query(`DROP TABLE "assignment_counts"`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Written out rather than imported: a landed migration must seed the same rubric whatever the default becomes.
const FIRST_RUBRIC = {
  onTimePoints: 100,
  lateFlatDeduction: 10,
  deductionPerDayLate: 2,
  maxLateDeduction: 60,
  lateDays: 'working',
  deductionPerReturn: 5,
  missedReportDeduction: 100,
  openInTimePoints: null,
  roleWeights: { lead: 1, coordinating: 0.5 },
};

/**
 * How agencies are scored, one row per version, appended and never changed: a ranking names the version that
 * produced it, so it can be computed again. Version 1 is dondoc's default.
 */
export class CreateScoringRubrics1765300000000 implements MigrationInterface {
  name = 'CreateScoringRubrics1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "scoring_rubrics" (
        "version" serial PRIMARY KEY,
        "rules" jsonb NOT NULL CONSTRAINT "scoring_rubrics_rules_check" CHECK (jsonb_typeof("rules") = 'object'),
        "note" varchar(1000),
        "created_by" uuid,
        "created_by_email" varchar(320),
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE FUNCTION "scoring_rubrics_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'scoring_rubrics is append-only: a change is a new version' USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "scoring_rubrics_append_only" BEFORE UPDATE OR DELETE ON "scoring_rubrics"
        FOR EACH ROW EXECUTE FUNCTION "scoring_rubrics_append_only"()`);
    await queryRunner.query(`INSERT INTO "scoring_rubrics" ("rules", "note") VALUES ($1::jsonb, $2)`, [
      JSON.stringify(FIRST_RUBRIC),
      'Thang điểm mặc định của dondoc',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scoring_rubrics"`);
    await queryRunner.query(`DROP FUNCTION "scoring_rubrics_append_only"()`);
  }
}

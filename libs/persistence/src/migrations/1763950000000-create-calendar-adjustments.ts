import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateCalendarAdjustments1763950000000 implements MigrationInterface {
  name = 'CreateCalendarAdjustments1763950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "calendar_adjustments" (
        "year" integer PRIMARY KEY CONSTRAINT "calendar_adjustments_year_check" CHECK ("year" BETWEEN 1900 AND 2200),
        "adjustments" jsonb NOT NULL,
        "source" text NOT NULL,
        "updated_by" varchar(320),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_adjustments"`);
  }
}

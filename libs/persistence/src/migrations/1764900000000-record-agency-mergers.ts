import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** An agency merged into another (the 2025 mergers of provinces and communes) names its successor. */
export class RecordAgencyMergers1764900000000 implements MigrationInterface {
  name = 'RecordAgencyMergers1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agencies"
      ADD COLUMN "merged_into_id" uuid CONSTRAINT "agencies_merged_into_id_fkey" REFERENCES "agencies" ("id")
        ON DELETE RESTRICT,
      ADD CONSTRAINT "agencies_merged_into_other_check" CHECK ("merged_into_id" <> "id")`);
    await queryRunner.query(`CREATE INDEX "agencies_merged_into_id_idx" ON "agencies" ("merged_into_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "agencies_merged_into_id_idx"`);
    await queryRunner.query(`ALTER TABLE "agencies" DROP CONSTRAINT "agencies_merged_into_other_check",
      DROP COLUMN "merged_into_id"`);
  }
}

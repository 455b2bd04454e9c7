import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The workflows number their writes, so an attempt that lands late cannot roll a row back. */
export class OrderWorkflowWrites1764800000000 implements MigrationInterface {
  name = 'OrderWorkflowWrites1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignments" ADD COLUMN "state_revision" int NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "plans" ADD COLUMN "status_revision" int NOT NULL DEFAULT 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "status_revision"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP COLUMN "state_revision"`);
  }
}

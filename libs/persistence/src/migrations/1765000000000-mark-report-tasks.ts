import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The plan's own reporting obligations become tasks of their own kind, so they are tracked and shown apart. */
export class MarkReportTasks1765000000000 implements MigrationInterface {
  name = 'MarkReportTasks1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" ADD COLUMN "kind" varchar(20) NOT NULL DEFAULT 'work'
      CONSTRAINT "tasks_kind_check" CHECK ("kind" IN ('work', 'report'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "kind"`);
  }
}

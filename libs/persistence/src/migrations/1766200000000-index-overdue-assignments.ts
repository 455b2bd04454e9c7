import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A plan's overdue assignments by task and due date: its progress counts them by (due date, task) from the index
 * alone and reads only the groups its longest-overdue list shows, not every overdue row (bench:api shows both).
 */
export class IndexOverdueAssignments1766200000000 implements MigrationInterface {
  name = 'IndexOverdueAssignments1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "assignments_overdue_idx" ON "assignments" ("plan_id", "task_id", "due_date") WHERE "status" = 'overdue'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "assignments_overdue_idx"`);
  }
}

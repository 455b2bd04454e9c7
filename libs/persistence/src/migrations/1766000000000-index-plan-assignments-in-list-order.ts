import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A plan's assignments in the order the list shows them (deadline, then creation): a page of 20 of a 10,000-
 * assignment plan reads 20 index entries instead of sorting the plan (bench:api shows both plans).
 */
export class IndexPlanAssignmentsInListOrder1766000000000 implements MigrationInterface {
  name = 'IndexPlanAssignmentsInListOrder1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "assignments_plan_id_due_date_created_at_idx" ON "assignments" ("plan_id", "due_date", "created_at", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "assignments_plan_id_due_date_created_at_idx"`);
  }
}

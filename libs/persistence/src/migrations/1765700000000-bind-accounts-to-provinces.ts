import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A deployment may serve several provinces: a plan belongs to one, and a staff account may be bound to one (null:
 * it serves every province). An agency officer's province is its agency's, so its own column stays empty.
 */
export class BindAccountsToProvinces1765700000000 implements MigrationInterface {
  name = 'BindAccountsToProvinces1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "province" varchar(100)`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_officer_province_from_agency"
         CHECK ("role" <> 'agency_officer' OR "province" IS NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "plans" ADD "province" varchar(100)`);
    // A plan's province: its standing office's, else the one most of its tasks' agencies are in.
    await queryRunner.query(
      `UPDATE "plans" p SET "province" = a."province"
         FROM "agencies" a WHERE a."id" = p."standing_office_id"`,
    );
    await queryRunner.query(
      `UPDATE "plans" p SET "province" = chosen."province"
         FROM (SELECT t."plan_id", mode() WITHIN GROUP (ORDER BY a."province") AS "province"
                 FROM "tasks" t
                 JOIN "task_agencies" ta ON ta."task_id" = t."id"
                 JOIN "agencies" a ON a."id" = ta."agency_id"
                GROUP BY t."plan_id") chosen
        WHERE chosen."plan_id" = p."id" AND p."province" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "plans_province" ON "plans" ("province")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "plans_province"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "province"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_officer_province_from_agency"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "province"`);
  }
}

import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** An outbox row is claimed by one sending attempt at a time, for a lease that outlives the attempt's timeout. */
export class ClaimOutboxRows1764600000000 implements MigrationInterface {
  name = 'ClaimOutboxRows1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_status_check"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "notifications_status_check"
      CHECK ("status" IN ('pending', 'sending', 'sent', 'failed'))`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD COLUMN "claimed_until" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "claimed_until"`);
    await queryRunner.query(`UPDATE "notifications" SET "status" = 'pending' WHERE "status" = 'sending'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_status_check"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "notifications_status_check"
      CHECK ("status" IN ('pending', 'sent', 'failed'))`);
  }
}

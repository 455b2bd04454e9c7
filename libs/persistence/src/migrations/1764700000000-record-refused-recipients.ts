import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A relay's lasting refusal of an address is kept on the outbox row, and a wholly refused mail is not retried. */
export class RecordRefusedRecipients1764700000000 implements MigrationInterface {
  name = 'RecordRefusedRecipients1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_status_check"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "notifications_status_check"
      CHECK ("status" IN ('pending', 'sending', 'sent', 'failed', 'rejected'))`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD COLUMN "rejected_recipients" text[] NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "rejected_recipients"`);
    await queryRunner.query(`UPDATE "notifications" SET "status" = 'failed' WHERE "status" = 'rejected'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_status_check"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "notifications_status_check"
      CHECK ("status" IN ('pending', 'sending', 'sent', 'failed'))`);
  }
}

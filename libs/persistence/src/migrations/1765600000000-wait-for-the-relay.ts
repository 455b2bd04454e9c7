import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A mail the relay could not take is waiting for its next attempt, not failed: rows marked 'failed' by earlier
 * code were all such transient failures (a refusal is 'rejected'), and the send activity retries them anyway.
 */
export class WaitForTheRelay1765600000000 implements MigrationInterface {
  name = 'WaitForTheRelay1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "notifications" SET "status" = 'pending' WHERE "status" = 'failed'`);
  }

  async down(): Promise<void> {
    // 'pending' rows that once failed cannot be told from the others: the data stays as it is.
  }
}

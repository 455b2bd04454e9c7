import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** When a user's password last changed: a token issued before then is refused. */
export class RecordCredentialChanges1765500000000 implements MigrationInterface {
  name = 'RecordCredentialChanges1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "credentials_changed_at" timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "credentials_changed_at"`);
  }
}

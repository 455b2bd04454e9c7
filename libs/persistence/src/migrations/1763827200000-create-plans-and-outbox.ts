import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreatePlansAndOutbox1763827200000 implements MigrationInterface {
  name = 'CreatePlansAndOutbox1763827200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "plans" (
        "id" uuid PRIMARY KEY,
        "number" varchar(100) UNIQUE,
        "title" text NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'draft'
          CHECK ("status" IN ('draft', 'active', 'completed', 'cancelled')),
        "standing_office_email" varchar(320),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "idempotency_key" varchar(300) NOT NULL UNIQUE,
        "kind" varchar(60) NOT NULL,
        "recipients" text[] NOT NULL,
        "subject" text NOT NULL,
        "text_body" text NOT NULL,
        "html_body" text,
        "status" varchar(20) NOT NULL DEFAULT 'pending' CHECK ("status" IN ('pending', 'sent', 'failed')),
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "smtp_message_id" varchar(998),
        "sent_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "notifications_status_idx" ON "notifications" ("status", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "plans"`);
  }
}

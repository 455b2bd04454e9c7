import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a key already stands for: nothing yet (now this request), this same request, or another one. */
export type KeyClaim = 'new' | 'same' | 'other';

/**
 * The request each Idempotency-Key was first sent with, by its fingerprint, per scope (the method and path): a key
 * reused for a different request is refused instead of answering with the first one's outcome.
 */
@Injectable()
export class IdempotencyKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async claim(scope: string, key: string, fingerprint: string): Promise<KeyClaim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO "idempotency_keys" ("scope", "key", "fingerprint") VALUES ($1, $2, $3)
       ON CONFLICT ("scope", "key") DO NOTHING RETURNING 1`,
      [scope, key, fingerprint],
    );
    if (inserted.length > 0) return 'new';
    const [held] = await this.dataSource.query<Array<{ fingerprint: string }>>(
      `SELECT "fingerprint" FROM "idempotency_keys" WHERE "scope" = $1 AND "key" = $2`,
      [scope, key],
    );
    return held?.fingerprint === fingerprint ? 'same' : 'other';
  }

  /** A request refused before it began (its body invalid) holds no key: the corrected request may take it. */
  async release(scope: string, key: string, fingerprint: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM "idempotency_keys" WHERE "scope" = $1 AND "key" = $2 AND "fingerprint" = $3`,
      [scope, key, fingerprint],
    );
  }
}

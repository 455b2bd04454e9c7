import { randomUUID } from 'node:crypto';

/**
 * The update ids of one request, an id per attempt (see callUpdate). Temporal runs one update per id in a run and
 * answers a retry with its outcome, even once the workflow has closed. With an idempotency key the ids are the key's,
 * so a retried request walks the ids its first walked; without one they are the request's own. The kind keeps one
 * key from answering for another update.
 */
export interface UpdateIds {
  of(attempt: number): string;
  /** Whether an earlier request, retried by this one, may have sent any of these ids. */
  readonly sharedWithRetries: boolean;
}

export function updateIdsOf(kind: string, idempotencyKey: string | undefined): UpdateIds {
  const first = `${kind}:${idempotencyKey ?? randomUUID()}`;
  return {
    of: (attempt) => (attempt > 0 ? `${first}:attempt-${attempt}` : first),
    sharedWithRetries: idempotencyKey !== undefined,
  };
}

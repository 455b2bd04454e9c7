/**
 * The update id of a request sent with an idempotency key: Temporal runs one update per id in a run and answers a
 * retry with its outcome, even once the workflow has closed. The kind keeps one key from answering for another update.
 */
export const updateIdOf = (kind: string, idempotencyKey: string | undefined): { updateId?: string } =>
  idempotencyKey ? { updateId: `${kind}:${idempotencyKey}` } : {};

/**
 * The update id of a request sent with an idempotency key: Temporal runs one update per id in a run and answers a
 * retry with its outcome, even once the workflow has closed. The kind keeps one key from answering for another update;
 * a later attempt of the same request (see callUpdate) has an id of its own.
 */
export const updateIdOf = (kind: string, idempotencyKey: string | undefined, attempt = 0): { updateId?: string } =>
  idempotencyKey ? { updateId: `${kind}:${idempotencyKey}${attempt > 0 ? `:attempt-${attempt}` : ''}` } : {};

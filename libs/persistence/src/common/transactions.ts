import { type EntityManager } from 'typeorm';

/** Runs `work` in the caller's transaction when given one, otherwise in a transaction of its own. */
export function withinTransaction<T>(
  own: EntityManager,
  callers: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return callers ? work(callers) : own.transaction(work);
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { type NextFunction, type Request, type Response } from 'express';

interface RequestContext {
  requestId: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Carries the request id (set by the request logger from X-Request-Id) to the audit trail without threading it
 * through every service. Bound after the body parsers: their stream callbacks would lose the context.
 */
export function bindRequestContext(request: Request, _response: Response, next: NextFunction): void {
  const id = (request as Request & { id?: unknown }).id;
  storage.run({ requestId: typeof id === 'string' || typeof id === 'number' ? String(id) : null }, next);
}

export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

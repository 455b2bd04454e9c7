import { createHash } from 'node:crypto';
import {
  applyDecorators,
  BadRequestException,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { type Request } from 'express';
import { type Observable, catchError } from 'rxjs';
import { IdempotencyKeyRepository } from '@dondoc/persistence';
import { ProblemResponse } from './problem.response';
import { invalidField } from './problems';

const HEADER = 'Idempotency-Key';
const WELL_FORMED = /^[A-Za-z0-9_-]{8,128}$/;
const TAKES_KEY = 'dondoc:takes-idempotency-key';

/**
 * The caller's `Idempotency-Key` header, if any: a request sent again with the same key (after a timeout, a 503, a
 * lost answer) is done once, and the retry answers what the first did.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const key = context.switchToHttp().getRequest<Request>().header(HEADER);
  if (key === undefined) return undefined;
  if (!WELL_FORMED.test(key))
    throw invalidField(HEADER, 'must be 8 to 128 letters, digits, "-" or "_" (a UUID will do)');
  return key;
});

/** A route that takes the header: documented, and guarded against a key reused for another request. */
export const ApiIdempotencyKey = (what: string): MethodDecorator =>
  applyDecorators(
    SetMetadata(TAKES_KEY, true),
    ApiHeader({
      name: HEADER,
      required: false,
      schema: { type: 'string', pattern: WELL_FORMED.source },
      description: `Sent again with the same key, ${what} is done once and the retry answers the first outcome`,
    }),
    ApiUnprocessableEntityResponse({
      type: ProblemResponse,
      description: 'The key came before with another request (code `IdempotencyKeyReused`)',
    }),
  );

/**
 * Holds each key to the request it first came with (method, path, body and query, by hash): the same key with a
 * different request would otherwise get the first one's outcome, as if it had been done. A request refused with 400
 * (nothing began) lets its key go, so the corrected request can use it.
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: IdempotencyKeyRepository,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const key = request.header(HEADER);
    // A malformed key is the parameter's to refuse, naming the header.
    if (!this.reflector.get<boolean>(TAKES_KEY, context.getHandler()) || !key || !WELL_FORMED.test(key)) {
      return next.handle();
    }
    const scope = `${request.method} ${request.path}`.slice(0, 300);
    const fingerprint = fingerprintOf(request);
    if ((await this.keys.claim(scope, key, fingerprint)) === 'other') {
      const message = 'was sent before with another request; a new request needs a new key';
      throw new UnprocessableEntityException({
        message: `${HEADER}: ${message}`,
        code: 'IdempotencyKeyReused',
        errors: [{ field: HEADER, message }],
      });
    }
    return next.handle().pipe(
      catchError(async (error: unknown): Promise<never> => {
        if (error instanceof BadRequestException) await this.keys.release(scope, key, fingerprint);
        throw error;
      }),
    );
  }
}

function fingerprintOf(request: Request): string {
  const body: unknown = request.body;
  const hash = createHash('sha256').update(canonicalJson(request.query)).update('\n');
  if (Buffer.isBuffer(body) || typeof body === 'string') hash.update(body);
  else hash.update(canonicalJson(body ?? null));
  return hash.digest('hex');
}

/** JSON with every object's keys sorted: the same request sent by another client library hashes the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { type Request } from 'express';
import { invalidField } from './problems';

const HEADER = 'Idempotency-Key';
const WELL_FORMED = /^[A-Za-z0-9_-]{8,128}$/;

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

export const ApiIdempotencyKey = (what: string): MethodDecorator =>
  ApiHeader({
    name: HEADER,
    required: false,
    schema: { type: 'string', pattern: WELL_FORMED.source },
    description: `Sent again with the same key, ${what} is done once and the retry answers the first outcome`,
  });

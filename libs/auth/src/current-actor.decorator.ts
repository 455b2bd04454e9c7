import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { type Request } from 'express';
import { type Actor } from './actor';

/** `csrfToken` is set for a cookie session: the web app reads it back from GET /api/session. */
export type AuthenticatedRequest = Request & { actor?: Actor; csrfToken?: string };

/** The actor the authentication guard resolved for this request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const { actor } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!actor) throw new UnauthorizedException('no authenticated actor on a protected route');
  return actor;
});

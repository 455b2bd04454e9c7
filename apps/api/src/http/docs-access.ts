import { type INestApplication } from '@nestjs/common';
import { type Request, type RequestHandler, type Response } from 'express';
import { AccessTokens, SessionTokens, USER_SESSION_COOKIE, readCookie } from '@dondoc/auth';
import { type AppConfig } from '@dondoc/config';
import { UserRepository, type UserRole } from '@dondoc/persistence';
import { isDocsPath } from './security-headers';

export type DocsDecision = 'allow' | 'unauthenticated' | 'forbidden';

/**
 * The API docs map every route and field: open where the code is already at hand (development, tests), and in
 * production for the office's staff only, signed in by bearer token or session cookie; agency officers need none.
 */
export function docsDecision(env: AppConfig['env'], caller: { role: UserRole } | null): DocsDecision {
  if (env !== 'production') return 'allow';
  if (!caller) return 'unauthenticated';
  return caller.role === 'agency_officer' ? 'forbidden' : 'allow';
}

const BEARER = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i;

export function docsAccess(app: INestApplication, config: AppConfig): RequestHandler {
  if (config.env !== 'production') return (_request, _response, next) => next();
  const tokens = app.get(AccessTokens);
  const sessions = app.get(SessionTokens);
  const users = app.get(UserRepository);

  /** The signed-in user, as the authentication guard would admit them: active, token newer than the password. */
  const callerOf = async (request: Request): Promise<{ role: UserRole } | null> => {
    const bearer = request.headers.authorization;
    const session = readCookie(request.headers.cookie, USER_SESSION_COOKIE);
    const claims =
      bearer !== undefined
        ? await tokens.verify(BEARER.exec(bearer)?.[1] ?? '')
        : session
          ? await sessions.verifyUser(session)
          : null;
    if (!claims) return null;
    const user = await users.getById(claims.sub);
    if (!user?.active) return null;
    if (user.credentialsChangedAt && claims.issuedAt < Math.floor(user.credentialsChangedAt.getTime() / 1000)) {
      return null;
    }
    return user;
  };

  return (request, response, next) => {
    if (!isDocsPath(request.path)) return next();
    callerOf(request).then((caller) => {
      const decision = docsDecision(config.env, caller);
      if (decision === 'allow') return next();
      refuse(request, response, decision);
    }, next);
  };
}

function refuse(request: Request, response: Response, decision: Exclude<DocsDecision, 'allow'>): void {
  const status = decision === 'unauthenticated' ? 401 : 403;
  if (status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
  const detail =
    decision === 'unauthenticated'
      ? 'the API docs need a signed-in staff member in production (POST /api/auth/login)'
      : 'the API docs are for the coordination office’s staff';
  const title = status === 401 ? 'Unauthorized' : 'Forbidden';
  response
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: 'about:blank', title, status, detail, instance: request.originalUrl }));
}

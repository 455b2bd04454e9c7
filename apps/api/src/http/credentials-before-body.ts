import { UnauthorizedException } from '@nestjs/common';
import { json } from 'express';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import {
  type AccessTokens,
  LINK_SESSION_COOKIE,
  type SessionTokens,
  USER_SESSION_COOKIE,
  readCookie,
} from '@dondoc/auth';

/** The routes that take their credentials in the body, and read it from anyone: a small one. */
export const ANONYMOUS_BODY_PATHS = ['/api/auth/login', '/api/auth/session', '/api/personal-links/renewals'];
export const ANONYMOUS_BODY_LIMIT = '16kb';

const BEARER = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i;

const carriesBody = (request: Request): boolean =>
  (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0') ||
  request.headers['transfer-encoding'] !== undefined;

/**
 * A body is read only once the caller's credentials verify (a bearer token, a session or a link cookie), so an
 * anonymous client cannot make the API parse megabytes; the routes that take credentials in their body read a small
 * one. This checks signatures and expiry only: the authentication guard still reloads the user, and checks the roles
 * and the CSRF token.
 */
export function credentialsBeforeBody(tokens: AccessTokens, sessions: SessionTokens): RequestHandler[] {
  const smallJson = json({ limit: ANONYMOUS_BODY_LIMIT });
  const verified = async (request: Request): Promise<boolean> => {
    const bearer = request.headers.authorization;
    if (bearer !== undefined) {
      const token = BEARER.exec(bearer)?.[1];
      return token !== undefined && (await tokens.verify(token)) !== null;
    }
    const session = readCookie(request.headers.cookie, USER_SESSION_COOKIE);
    if (session && (await sessions.verifyUser(session))) return true;
    const link = readCookie(request.headers.cookie, LINK_SESSION_COOKIE);
    return Boolean(link && (await sessions.verifyLink(link)));
  };
  const anonymousBody = (request: Request, response: Response, next: NextFunction): void => {
    if (ANONYMOUS_BODY_PATHS.includes(request.path)) smallJson(request, response, next);
    else next();
  };
  const refuseUnverified = (request: Request, response: Response, next: NextFunction): void => {
    if (!carriesBody(request) || ANONYMOUS_BODY_PATHS.includes(request.path) || !request.path.startsWith('/api/'))
      return next();
    verified(request).then((ok) => {
      if (ok) return next();
      response.setHeader('WWW-Authenticate', 'Bearer');
      next(new UnauthorizedException('a bearer token is required (POST /api/auth/login)'));
    }, next);
  };
  return [anonymousBody, refuseUnverified];
}

import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Response } from 'express';
import {
  AgencyRepository,
  AssignmentRepository,
  PersonalLinkRepository,
  UserRepository,
  actingProvince,
} from '@dondoc/persistence';
import { AccessTokens } from './access-tokens';
import { type Actor, actorOf } from './actor';
import { type AuthenticatedRequest } from './current-actor.decorator';
import { ALLOWS_PERSONAL_LINK } from './personal-link.decorator';
import { judgeLink } from './personal-link-tokens';
import { IS_PUBLIC } from './public.decorator';
import { LINK_SESSION_COOKIE, SessionTokens, USER_SESSION_COOKIE, readCookie } from './session-tokens';

const BEARER = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Every route needs a caller unless marked @Public(): a bearer token (API clients), a session cookie (the web app)
 * or a personal-link cookie (reaches only @AllowPersonalLink routes). The user or link is reloaded on each request,
 * so a deactivation, a role change or a revoked link takes effect at once. Cookies need the CSRF header to change
 * anything.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly sessions: SessionTokens,
    private readonly users: UserRepository,
    private readonly links: PersonalLinkRepository,
    private readonly assignments: AssignmentRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const refuse = (message: string): never => {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(message);
    };

    const bearer = request.headers.authorization;
    if (bearer !== undefined) {
      const token = BEARER.exec(bearer)?.[1];
      if (!token) return refuse('a bearer token is required (POST /api/auth/login)');
      const claims = await this.tokens.verify(token);
      request.actor =
        (claims && (await this.userActor(claims.sub, claims.issuedAt))) ??
        refuse('the bearer token is invalid or has expired');
      return true;
    }
    const cookies = request.headers.cookie;
    const session = readCookie(cookies, USER_SESSION_COOKIE);
    const link = readCookie(cookies, LINK_SESSION_COOKIE);
    if (session) {
      const claims = await this.sessions.verifyUser(session);
      const actor = claims && (await this.userActor(claims.sub, claims.issuedAt));
      if (actor) return this.admit(request, actor, claims.csrf);
    }
    if (link) {
      const claims = await this.sessions.verifyLink(link);
      const actor = claims && (await this.linkActor(claims.lid));
      if (actor) {
        if (!this.reflector.getAllAndOverride<boolean>(ALLOWS_PERSONAL_LINK, targets)) {
          throw new ForbiddenException('a personal link opens only its own assignment or inspection');
        }
        return this.admit(request, actor, claims.csrf);
      }
    }
    return refuse(
      session || link
        ? 'the session has ended; log in or open the link again'
        : 'a bearer token is required (POST /api/auth/login)',
    );
  }

  private admit(request: AuthenticatedRequest, actor: Actor, csrf: string): boolean {
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== csrf) {
      throw new ForbiddenException({
        message: `${CSRF_HEADER}: a request from a browser session must carry its CSRF token`,
        errors: [{ field: CSRF_HEADER, message: 'missing or wrong' }],
        code: 'CsrfTokenInvalid',
      });
    }
    request.actor = actor;
    request.csrfToken = csrf;
    return true;
  }

  /** Null for an inactive user, and for a token issued before the password last changed. */
  private async userActor(userId: string, issuedAt: number): Promise<Actor | null> {
    const user = await this.users.getCaller(userId);
    if (!user?.active) return null;
    if (user.credentialsChangedAt && issuedAt < Math.floor(user.credentialsChangedAt.getTime() / 1000)) return null;
    return actorOf(user, null);
  }

  /** An agency's link acts as an officer of that agency with no account; an inspector's as that inspector. */
  private async linkActor(linkId: string): Promise<Actor | null> {
    const link = await this.links.getById(linkId);
    if (!link) return null;
    const grant = { linkId: link.id, assignmentId: link.assignmentId, inspectionId: link.inspectionId };
    if (link.purpose === 'inspection') {
      const user = link.userId ? await this.users.getById(link.userId) : null;
      if (!user?.active || judgeLink(link, new Date()) !== 'valid') return null;
      return actorOf({ ...user, province: actingProvince(user) }, grant);
    }
    const assignment = link.assignmentId ? await this.assignments.getById(link.assignmentId) : null;
    if (!assignment || judgeLink({ ...link, currentAgencyId: assignment.agencyId }, new Date()) !== 'valid')
      return null;
    const agency = link.agencyId ? await this.agencies.getById(link.agencyId) : null;
    const officer = { id: null, email: link.recipient, role: 'agency_officer' as const, agencyId: link.agencyId };
    return actorOf({ ...officer, province: agency?.province ?? null }, grant);
  }
}

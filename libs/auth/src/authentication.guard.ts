import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Response } from 'express';
import { UserRepository } from '@dondoc/persistence';
import { AccessTokens } from './access-tokens';
import { type AuthenticatedRequest } from './current-actor.decorator';
import { IS_PUBLIC } from './public.decorator';

const BEARER = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/i;

/**
 * Every route needs a valid bearer token unless marked @Public(). The user is reloaded on each request, so a
 * deactivated account or a changed role takes effect before its token expires.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly users: UserRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const refuse = (message: string): never => {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(message);
    };

    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return refuse('a bearer token is required (POST /auth/login)');
    const claims = await this.tokens.verify(token);
    if (!claims) return refuse('the bearer token is invalid or has expired');
    const user = await this.users.getById(claims.sub);
    if (!user?.active) return refuse('the account is unknown or inactive');

    request.actor = { userId: user.id, email: user.email, role: user.role, agencyId: user.agencyId };
    return true;
  }
}

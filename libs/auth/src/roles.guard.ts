import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type UserRole } from '@dondoc/persistence';
import { type AuthenticatedRequest } from './current-actor.decorator';
import { ROLES } from './roles.decorator';

/** Runs after AuthenticationGuard: a route's @Roles() list decides, and a missing actor (public route) passes. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const { actor } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!allowed || !actor || allowed.includes(actor.role)) return true;
    throw new ForbiddenException(`role ${actor.role} may not do this (allowed: ${allowed.join(', ')})`);
  }
}

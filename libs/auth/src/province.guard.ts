import { type CanActivate, type ExecutionContext, Injectable, NotFoundException } from '@nestjs/common';
import { type ProvinceBound, ProvinceLookup } from '@dondoc/persistence';
import { servesProvince } from './actor';
import { type AuthenticatedRequest } from './current-actor.decorator';

/** Each route segment that is followed by an id, and what that id names. */
export const PROVINCE_BOUND_SEGMENTS: Readonly<Record<string, ProvinceBound>> = {
  plans: 'plan',
  'import-jobs': 'import job',
  tasks: 'task',
  assignments: 'assignment',
  inspections: 'inspection',
  agencies: 'agency',
  findings: 'agency',
  'agency-groups': 'agency group',
  users: 'user',
};

/** Route segments followed by something no province owns, or that one of the above already brings in. */
export const UNBOUND_SEGMENTS: readonly string[] = ['attachments', 'inputs', 'calendar', 'scoring-rubrics', 'feeds'];

/**
 * An account bound to a province reaches nothing of another: every id in the route (a plan, its task, an
 * assignment, an agency, …) must belong to the account's province (or, for a plan, to none known), or the route
 * answers 404, as for an id that does not exist. Runs after the roles guard, so a role's refusal stays a 403.
 */
@Injectable()
export class ProvinceGuard implements CanActivate {
  constructor(private readonly provinces: ProvinceLookup) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = request.actor;
    if (!actor || actor.province === null) return true;
    const route = (request as { route?: { path?: unknown } }).route?.path;
    const params = request.params as Record<string, string | undefined>;
    for (const [, segment, param] of (typeof route === 'string' ? route : '').matchAll(/\/([\w-]+)\/:(\w+)/g)) {
      const kind = PROVINCE_BOUND_SEGMENTS[segment];
      const id = params[param];
      if (!kind || id === undefined) continue;
      const province = await this.provinces.of(kind, id);
      if (province === undefined) continue;
      // A plan whose province was never known is every province's; an account serving every province is not.
      const reachable = province === null ? kind !== 'user' : servesProvince(actor, province);
      if (!reachable) throw new NotFoundException(`${kind} ${id} not found`);
    }
    return true;
  }
}

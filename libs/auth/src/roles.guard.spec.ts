import { type ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type UserRole } from '@dondoc/persistence';
import { type Actor, actorOf } from './actor';
import { Roles } from './roles.decorator';
import { RolesGuard } from './roles.guard';

class PlansController {
  @Roles('admin', 'coordinator')
  create(): void {}

  read(): void {}
}

function contextFor(handler: () => void, actor?: Actor): ExecutionContext {
  const http = { getRequest: () => ({ actor }) };
  return {
    getHandler: () => handler,
    getClass: () => PlansController,
    switchToHttp: () => http,
  } as unknown as ExecutionContext;
}

const actor = (role: UserRole): Actor =>
  actorOf(
    {
      id: 'u1',
      email: 'u1@dondoc.invalid',
      role,
      agencyId: role === 'agency_officer' ? 'a1' : null,
      province: 'Lai Châu',
    },
    null,
  )!;

describe('RolesGuard', () => {
  const guard = new RolesGuard(new Reflector());
  const { create, read } = PlansController.prototype;

  it('lets a listed role through', () => {
    expect(guard.canActivate(contextFor(create, actor('coordinator')))).toBe(true);
  });

  it('refuses an unlisted role with 403', () => {
    expect(() => guard.canActivate(contextFor(create, actor('viewer')))).toThrow(ForbiddenException);
  });

  it('lets every signed-in role through a route without @Roles()', () => {
    expect(guard.canActivate(contextFor(read, actor('agency_officer')))).toBe(true);
  });
});

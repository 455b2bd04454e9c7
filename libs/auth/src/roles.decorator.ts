import { SetMetadata } from '@nestjs/common';
import { type UserRole } from '@dondoc/persistence';

export const ROLES = 'dondoc:roles';

/** The roles that may call a route (a method's list overrides its controller's); without it, any signed-in user. */
export const Roles = (...roles: UserRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

/** Who manages the registry: plans, the agency directory, groups and users. */
export const MANAGERS: UserRole[] = ['admin', 'coordinator'];

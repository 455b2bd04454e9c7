import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { type Actor, PasswordHasher, provinceFilterOf, servesProvince } from '@dondoc/auth';
import { normaliseVietnamese } from '@dondoc/domain';
import {
  AgencyRepository,
  isUniqueViolation,
  type Page,
  type UserEntity,
  UserRepository,
  type UserRole,
} from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { mapPage } from '../http/pagination';
import { duplicate, invalidField } from '../http/problems';
import { requireServedProvince } from '../http/provinces';
import { type CreateUserDto } from './create-user.dto';
import { type ListUsersQuery } from './list-users.query';
import { type UpdateUserDto } from './update-user.dto';
import { UserResponse } from './user.response';

/** Coordinators manage every account but an admin's: only an admin may create, change or grant admin. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UserRepository,
    private readonly agencies: AgencyRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
  ) {}

  async list(actor: Actor, query: ListUsersQuery): Promise<Page<UserResponse>> {
    return mapPage(await this.users.list({ ...query, province: provinceFilterOf(actor) }), UserResponse.from);
  }

  async get(_actor: Actor, id: string): Promise<UserResponse> {
    return UserResponse.from(await this.existing(id));
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserResponse> {
    guardAdminRole(actor, dto.role);
    await this.checkAgency(actor, dto.role, dto.agencyId ?? null);
    const province = this.provinceFor(actor, dto.role, dto.province === undefined ? actor.province : dto.province);
    const { password, ...rest } = dto;
    const fields = { ...rest, province };
    const passwordHash = password === undefined ? null : await this.hasher.hash(password);
    try {
      return await this.audit.change(actor, async (manager) => {
        const after = UserResponse.from(await this.users.create({ ...fields, passwordHash }, manager));
        return { result: after, change: { action: 'user.create', entityType: 'user', entityId: after.id, after } };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate('email', `a user with email ${dto.email} already exists`);
      throw error;
    }
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserResponse> {
    const current = await this.existing(id);
    guardAdminRole(actor, current.role);
    if (dto.role) guardAdminRole(actor, dto.role);
    if (dto.active === false) guardSelf(actor, id);
    if (dto.password !== undefined && actor.userId === id) throw ownPasswordProblem('password');
    if (dto.role && dto.role !== current.role && actor.userId === id) {
      throw new ConflictException({
        message: 'role: nobody changes their own role; another admin must',
        errors: [{ field: 'role', message: 'you cannot change your own role' }],
        code: 'OwnRole',
      });
    }
    const role = dto.role ?? current.role;
    await this.checkAgency(actor, role, dto.agencyId === undefined ? current.agencyId : dto.agencyId);
    const kept = current.role === 'agency_officer' ? actor.province : current.province;
    const province = this.provinceFor(actor, role, dto.province === undefined ? kept : dto.province);
    const { password, ...rest } = dto;
    const changes = { ...rest, province };
    const passwordHash = password === undefined ? undefined : await this.hasher.hash(password);
    const before = UserResponse.from(current);
    return this.audit.change(actor, async (manager) => {
      if (passwordHash) await this.users.setPasswordHash(id, passwordHash, manager);
      const losesAdmin = current.role === 'admin' && ((dto.role && dto.role !== 'admin') || dto.active === false);
      const admins = losesAdmin ? await this.users.lockAndCountActiveAdmins(manager) : 0;
      const updated = await this.users.update(id, changes, manager);
      if (!updated) throw new NotFoundException(`user ${id} not found`);
      if (losesAdmin && current.active) keepAnAdmin(admins - 1, dto.role && dto.role !== 'admin' ? 'role' : 'active');
      const after = UserResponse.from(updated);
      return { result: after, change: { action: 'user.update', entityType: 'user', entityId: id, before, after } };
    });
  }

  /** An admin sets a new password for someone who lost theirs; the sessions they held end. */
  async resetPassword(actor: Actor, id: string, newPassword: string): Promise<void> {
    await this.existing(id);
    if (actor.userId === id) throw ownPasswordProblem('newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.audit.change(actor, async (manager) => {
      await this.users.setPasswordHash(id, passwordHash, manager);
      return { result: undefined, change: { action: 'user.password-reset', entityType: 'user', entityId: id } };
    });
  }

  /** Users are deactivated, never deleted: the audit trail keeps pointing at them. */
  async deactivate(actor: Actor, id: string): Promise<void> {
    const current = await this.existing(id);
    guardAdminRole(actor, current.role);
    guardSelf(actor, id);
    const before = UserResponse.from(current);
    await this.audit.change(actor, async (manager) => {
      if (current.role === 'admin' && current.active)
        keepAnAdmin((await this.users.lockAndCountActiveAdmins(manager)) - 1, 'id');
      const updated = await this.users.update(id, { active: false }, manager);
      const after = updated && UserResponse.from(updated);
      return {
        result: undefined,
        change: { action: 'user.deactivate', entityType: 'user', entityId: id, before, after },
      };
    });
  }

  private async existing(id: string): Promise<UserEntity> {
    const user = await this.users.getById(id);
    if (!user) throw new NotFoundException(`user ${id} not found`);
    return user;
  }

  private async checkAgency(actor: Actor, role: UserRole, agencyId: string | null): Promise<void> {
    if (role === 'agency_officer' && !agencyId) throw invalidField('agencyId', 'agency officers need an agency');
    const agency = agencyId ? await this.agencies.getById(agencyId) : null;
    if (agencyId && (!agency || !servesProvince(actor, agency.province)))
      throw invalidField('agencyId', `no agency ${agencyId}`);
  }

  /** A staff account's province, which its manager must serve; an officer's is its agency's, so none of its own. */
  private provinceFor(actor: Actor, role: UserRole, province: string | null): string | null {
    if (role === 'agency_officer') return null;
    const normalised = province === null ? null : normaliseVietnamese(province);
    requireServedProvince(actor, normalised);
    return normalised;
  }
}

function guardAdminRole(actor: Actor, role: UserRole): void {
  if (role === 'admin' && actor.role !== 'admin') throw new ForbiddenException('only an admin may manage admins');
}

/** The office must never lock itself out: a change that would leave no active admin is refused, and rolled back. */
function keepAnAdmin(remaining: number, field: string): void {
  if (remaining >= 1) return;
  throw new ConflictException({
    message: `${field}: this is the last active admin; make another user admin first`,
    errors: [{ field, message: 'the last active admin cannot be demoted, deactivated or deleted' }],
    code: 'LastAdmin',
  });
}

function guardSelf(actor: Actor, id: string): void {
  if (actor.userId === id) throw new ConflictException('you cannot deactivate your own account');
}

/** One's own password changes only with the current one, so a stolen session cannot take over the account. */
const ownPasswordProblem = (field: string) =>
  new BadRequestException({
    message: `${field}: change your own password with POST /api/auth/password, which asks for the current one`,
    errors: [{ field, message: 'your own password needs the current one (POST /api/auth/password)' }],
  });

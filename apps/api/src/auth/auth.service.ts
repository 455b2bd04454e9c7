import { BadRequestException, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { AccessTokens, type Actor, PasswordHasher, actorOf } from '@dondoc/auth';
import { UserRepository, actingProvince } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { type AccessTokenResponse } from './auth.responses';
import { LoginThrottle } from './login-throttle';
import { type LoginDto } from './login.dto';
import { type ChangePasswordDto } from './passwords.dto';

@Injectable()
export class AuthService {
  // Verifying against a real hash when the user is unknown keeps the response time from revealing who exists.
  private readonly timingHash: Promise<string>;

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditTrail,
  ) {
    this.timingHash = hasher.hash('dondoc: no such user');
  }

  async login(dto: LoginDto, caller: string): Promise<AccessTokenResponse> {
    const actor = await this.authenticate(dto, caller);
    return { accessToken: await this.tokens.issue({ sub: actor.userId, role: actor.role, agencyId: actor.agencyId }) };
  }

  /** The owner changes their password with the current one; every token issued before is refused from then on. */
  async changePassword(actor: Actor, dto: ChangePasswordDto, caller: string): Promise<Actor & { userId: string }> {
    if (actor.userId === null || actor.link) throw new ForbiddenException('a personal link has no password');
    const user = await this.users.getById(actor.userId);
    this.throttle.admit(caller, actor.email);
    const matches = user?.passwordHash
      ? await this.throttle.checking(() => this.hasher.verify(user.passwordHash!, dto.currentPassword))
      : false;
    if (!user || !matches) {
      this.throttle.failed(caller, actor.email);
      throw fieldProblem('currentPassword', 'is not the current password');
    }
    if (dto.newPassword === dto.currentPassword) throw fieldProblem('newPassword', 'must differ from the current one');
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.audit.change(actor, async (manager) => {
      await this.users.setPasswordHash(user.id, passwordHash, manager);
      return { result: undefined, change: { action: 'user.password-change', entityType: 'user', entityId: user.id } };
    });
    return { ...actor, userId: user.id };
  }

  /**
   * The account behind an email and password, or 401 saying neither which part was wrong nor whether it exists;
   * every attempt, failed or not, is in the audit trail.
   */
  async authenticate(dto: LoginDto, caller: string): Promise<Actor & { userId: string }> {
    this.throttle.admit(caller, dto.email);
    const user = await this.users.getByEmail(dto.email);
    const passwordHash = user?.passwordHash ?? (await this.timingHash);
    const passwordMatches = await this.throttle.checking(() => this.hasher.verify(passwordHash, dto.password));
    const record = (action: string) =>
      this.audit.recordDone(null, {
        action,
        entityType: 'user',
        entityId: user?.id ?? null,
        after: { email: dto.email, caller },
      });
    if (!user?.passwordHash || !passwordMatches || !user.active) {
      this.throttle.failed(caller, dto.email);
      await record('auth.login-failed');
      throw new UnauthorizedException('email or password is wrong, or the account is inactive');
    }
    this.throttle.succeeded(dto.email);
    await record('auth.login');
    const actor = actorOf({ ...user, province: actingProvince(user) }, null);
    if (!actor) throw new UnauthorizedException('this agency officer has no agency');
    return { ...actor, userId: user.id };
  }
}

const fieldProblem = (field: string, message: string) =>
  new BadRequestException({ message: `${field}: ${message}`, errors: [{ field, message }] });

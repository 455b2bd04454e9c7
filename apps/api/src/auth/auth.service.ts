import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AccessTokens, type Actor, PasswordHasher } from '@dondoc/auth';
import { UserRepository } from '@dondoc/persistence';
import { type AccessTokenResponse } from './auth.responses';
import { type LoginDto } from './login.dto';

@Injectable()
export class AuthService {
  // Verifying against a real hash when the user is unknown keeps the response time from revealing who exists.
  private readonly timingHash: Promise<string>;

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: AccessTokens,
  ) {
    this.timingHash = hasher.hash('dondoc: no such user');
  }

  async login(dto: LoginDto): Promise<AccessTokenResponse> {
    const actor = await this.authenticate(dto);
    return { accessToken: await this.tokens.issue({ sub: actor.userId, role: actor.role, agencyId: actor.agencyId }) };
  }

  /** The account behind an email and password, or 401 saying neither which part was wrong nor whether it exists. */
  async authenticate(dto: LoginDto): Promise<Actor & { userId: string }> {
    const user = await this.users.getByEmail(dto.email);
    const passwordMatches = await this.hasher.verify(user?.passwordHash ?? (await this.timingHash), dto.password);
    if (!user?.passwordHash || !passwordMatches || !user.active) {
      throw new UnauthorizedException('email or password is wrong, or the account is inactive');
    }
    return { userId: user.id, email: user.email, role: user.role, agencyId: user.agencyId, link: null };
  }
}

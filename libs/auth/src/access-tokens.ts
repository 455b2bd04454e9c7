import { Inject, Injectable } from '@nestjs/common';
import { type JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { USER_ROLES, type UserRole } from '@dondoc/persistence';
import { type AccessTokenClaims } from './actor';
import { hs256Jwt } from './hs256';

export const ACCESS_TOKEN_TTL = '8h';

/** HS256 bearer tokens signed with JWT_SECRET; verification pins the algorithm so `alg: none` never passes. */
@Injectable()
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = hs256Jwt(config.auth.jwtSecret, ACCESS_TOKEN_TTL);
  }

  issue(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync({ ...claims });
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string): Promise<(AccessTokenClaims & { issuedAt: number }) | null> {
    try {
      const payload = await this.jwt.verifyAsync<Record<string, unknown>>(token);
      const { sub, role, agencyId, iat } = payload;
      if (typeof sub !== 'string' || !isRole(role) || typeof iat !== 'number') return null;
      return { sub, role, agencyId: typeof agencyId === 'string' ? agencyId : null, issuedAt: iat };
    } catch {
      return null;
    }
  }
}

function isRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

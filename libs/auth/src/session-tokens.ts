import { Inject, Injectable } from '@nestjs/common';
import { type JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { hs256Jwt } from './hs256';

export const USER_SESSION_COOKIE = 'dondoc_session';
export const LINK_SESSION_COOKIE = 'dondoc_link';
export const USER_SESSION_TTL_SECONDS = 8 * 60 * 60;
export const LINK_SESSION_TTL_SECONDS = 2 * 60 * 60;

export interface UserSessionClaims {
  sub: string;
  csrf: string;
  /** Seconds since the epoch, as JWTs count. */
  issuedAt: number;
}

export interface LinkSessionClaims {
  /** The personal link's row: the guard re-reads it, so a revocation ends the session at once. */
  lid: string;
  csrf: string;
}

/**
 * Browser sessions in httpOnly cookies: a JWT naming the user or the personal link, and the CSRF token that every
 * state-changing request must echo in a header. `typ` keeps the kinds apart: a bearer token is no cookie session.
 */
@Injectable()
export class SessionTokens {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.jwt = hs256Jwt(config.auth.jwtSecret);
  }

  issueUser(userId: string): Promise<{ token: string; csrf: string }> {
    const csrf = newCsrfToken();
    return this.jwt
      .signAsync({ typ: 'session', sub: userId, csrf }, { expiresIn: USER_SESSION_TTL_SECONDS })
      .then((token) => ({ token, csrf }));
  }

  issueLink(linkId: string): Promise<{ token: string; csrf: string }> {
    const csrf = newCsrfToken();
    return this.jwt
      .signAsync({ typ: 'link', lid: linkId, csrf }, { expiresIn: LINK_SESSION_TTL_SECONDS })
      .then((token) => ({ token, csrf }));
  }

  async verifyUser(token: string): Promise<UserSessionClaims | null> {
    const claims = await this.verify(token, 'session');
    if (!claims || typeof claims.sub !== 'string' || typeof claims.iat !== 'number') return null;
    return { sub: claims.sub, csrf: claims.csrf, issuedAt: claims.iat };
  }

  async verifyLink(token: string): Promise<LinkSessionClaims | null> {
    const claims = await this.verify(token, 'link');
    return claims && typeof claims.lid === 'string' ? { lid: claims.lid, csrf: claims.csrf } : null;
  }

  private async verify(token: string, typ: string): Promise<(Record<string, unknown> & { csrf: string }) | null> {
    try {
      const payload = await this.jwt.verifyAsync<Record<string, unknown>>(token);
      if (payload.typ !== typ || typeof payload.csrf !== 'string') return null;
      return payload as Record<string, unknown> & { csrf: string };
    } catch {
      return null;
    }
  }
}

const newCsrfToken = (): string => randomBytes(24).toString('base64url');

/** One cookie's value from a Cookie header, without a parser dependency. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name)
      return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

export function sessionCookieOptions(secure: boolean, maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge: maxAgeSeconds * 1000 };
}

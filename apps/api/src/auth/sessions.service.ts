import { Inject, Injectable } from '@nestjs/common';
import { type Response } from 'express';
import {
  type Actor,
  LINK_SESSION_COOKIE,
  LINK_SESSION_TTL_SECONDS,
  SessionTokens,
  USER_SESSION_COOKIE,
  USER_SESSION_TTL_SECONDS,
  sessionCookieOptions,
} from '@dondoc/auth';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { AgencyRepository } from '@dondoc/persistence';
import { type SessionResponse } from './session.response';

/** Sets and clears the browser's session cookies, and describes a session to the web app. */
@Injectable()
export class SessionsService {
  private readonly secure: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: SessionTokens,
    private readonly agencies: AgencyRepository,
  ) {
    this.secure = config.env === 'production' || config.http.publicUrl.startsWith('https:');
  }

  async startUserSession(response: Response, actor: Actor & { userId: string }): Promise<SessionResponse> {
    const { token, csrf } = await this.tokens.issueUser(actor.userId);
    response.clearCookie(LINK_SESSION_COOKIE, { path: '/' });
    response.cookie(USER_SESSION_COOKIE, token, sessionCookieOptions(this.secure, USER_SESSION_TTL_SECONDS));
    return this.describe(actor, csrf);
  }

  /** A link replaces whatever session the browser had: the person who clicked it is who the email was for. */
  async startLinkSession(response: Response, linkId: string): Promise<void> {
    const { token } = await this.tokens.issueLink(linkId);
    response.clearCookie(USER_SESSION_COOKIE, { path: '/' });
    response.cookie(LINK_SESSION_COOKIE, token, sessionCookieOptions(this.secure, LINK_SESSION_TTL_SECONDS));
  }

  end(response: Response): void {
    response.clearCookie(USER_SESSION_COOKIE, { path: '/' });
    response.clearCookie(LINK_SESSION_COOKIE, { path: '/' });
  }

  async describe(actor: Actor, csrfToken: string): Promise<SessionResponse> {
    const [agency] = actor.agencyId ? await this.agencies.findByIds([actor.agencyId]) : [];
    return {
      kind: actor.link ? 'link' : 'user',
      role: actor.role,
      email: actor.email,
      userId: actor.userId,
      agencyId: actor.agencyId,
      agencyName: agency?.name ?? null,
      province: actor.province,
      assignmentId: actor.link?.assignmentId ?? null,
      inspectionId: actor.link?.inspectionId ?? null,
      csrfToken,
    };
  }
}

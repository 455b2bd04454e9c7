import { HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, feedIdOfToken, feedKeyOf, feedTokenMatches } from '@dondoc/auth';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { WorkingCalendar } from '@dondoc/domain';
import { feedUrlOf, planLabel } from '@dondoc/notifications';
import {
  AgencyRepository,
  CalendarAdjustmentRepository,
  type CalendarFeedEntity,
  CalendarFeedRepository,
  type CalendarFeedScope,
  type FeedDeadline,
  feedSubjectOf,
  PlanRepository,
} from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { RateLimiter } from '../http/rate-limiter';
import { calendarFeedIcs } from './calendar-feed.ics';
import { type CalendarFeedResponse } from './calendar-feed.response';

/**
 * Private calendar feeds of an agency's or a plan's open deadlines: their URLs for those who may hold them, and the
 * feed itself for whoever presents the current token. A revoked, regenerated or unknown token is the same 404.
 */
@Injectable()
export class CalendarFeedsService {
  // Calendar services fetch every subscriber's feed from a few addresses: the bound per feed is the tight one.
  private readonly perFeed = new RateLimiter(30, 15 * 60_000);
  private readonly perCaller = new RateLimiter(600, 15 * 60_000);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: CalendarFeedRepository,
    private readonly agencies: AgencyRepository,
    private readonly plans: PlanRepository,
    private readonly adjustments: CalendarAdjustmentRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** The feed's URL, made on first ask. */
  async get(actor: Actor, scope: CalendarFeedScope, id: string): Promise<CalendarFeedResponse> {
    await this.subjectNameOf(actor, scope, id);
    return this.toResponse(await this.feeds.ensure(scope, id));
  }

  /** A new URL; the old one stops working, and a revoked feed works again. */
  regenerate(actor: Actor, scope: CalendarFeedScope, id: string): Promise<CalendarFeedResponse> {
    return this.change(actor, scope, id, 'regenerate');
  }

  async revoke(actor: Actor, scope: CalendarFeedScope, id: string): Promise<void> {
    await this.change(actor, scope, id, 'revoke');
  }

  /** The feed as text/calendar, or null for any token that is not a live feed's current one. */
  async render(token: string, caller: string): Promise<string | null> {
    for (const verdict of [this.perCaller.take(caller), this.perFeed.take(token.slice(0, 22))]) {
      if (!verdict.allowed) {
        throw new HttpException(
          { message: 'too many requests for this feed; try again later', retryAfter: verdict.retryAfterSeconds },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
    }
    const id = feedIdOfToken(token);
    const feed = id ? await this.feeds.getById(id) : null;
    if (!feed || feed.revokedAt || !feedTokenMatches(this.config.auth.jwtSecret, feedKeyOf(feed), token)) {
      return null;
    }
    const [subject, deadlines] = await Promise.all([this.subjectName(feed), this.feeds.openDeadlines(feed)]);
    return calendarFeedIcs({
      scope: feed.scope,
      subject: subject ?? 'dondoc',
      deadlines,
      publicUrl: this.config.http.publicUrl,
      calendar: new WorkingCalendar(await this.adjustmentsFor(deadlines)),
      generatedAt: new Date(),
    });
  }

  private async change(
    actor: Actor,
    scope: CalendarFeedScope,
    id: string,
    action: 'regenerate' | 'revoke',
  ): Promise<CalendarFeedResponse> {
    await this.subjectNameOf(actor, scope, id);
    return this.audit.change(actor, async (manager) => {
      const before = await this.feeds.ensure(scope, id, manager);
      const after = await this.feeds[action](scope, id, manager);
      const state = (feed: CalendarFeedEntity) => ({ generation: feed.generation, revokedAt: feed.revokedAt });
      return {
        result: this.toResponse(after),
        change: {
          action: `calendar-feed.${action}`,
          entityType: 'calendar-feed',
          entityId: after.id,
          before: state(before),
          after: { scope, subjectId: id, ...state(after) },
        },
      };
    });
  }

  /** An officer reaches only their own agency's feed; another agency's, like a missing one, is a 404. */
  private async subjectNameOf(actor: Actor, scope: CalendarFeedScope, id: string): Promise<string> {
    if (scope === 'agency' && actor.role === 'agency_officer' && actor.agencyId !== id) {
      throw new NotFoundException(`agency ${id} not found`);
    }
    const name = await this.subjectName({ scope, agencyId: id, planId: id });
    if (name === null) throw new NotFoundException(`${scope} ${id} not found`);
    return name;
  }

  private async subjectName(feed: Pick<CalendarFeedEntity, 'scope' | 'agencyId' | 'planId'>): Promise<string | null> {
    const id = feedSubjectOf(feed);
    if (feed.scope === 'agency') return (await this.agencies.getById(id))?.name ?? null;
    const plan = await this.plans.getById(id);
    return plan ? planLabel(plan) : null;
  }

  /** The working days of the deadlines' years and one either side, as the workflows load them. */
  private adjustmentsFor(deadlines: readonly FeedDeadline[]) {
    const years = deadlines.map((deadline) => Number(deadline.dueDate.slice(0, 4)));
    const thisYear = new Date().getUTCFullYear();
    return this.adjustments.forYears(Math.min(thisYear, ...years) - 1, Math.max(thisYear, ...years) + 1);
  }

  private toResponse(feed: CalendarFeedEntity): CalendarFeedResponse {
    const secrets = { linkSecret: this.config.auth.jwtSecret, publicUrl: this.config.http.publicUrl };
    return {
      scope: feed.scope,
      url: feedUrlOf(secrets, feed),
      generation: feed.generation,
      revokedAt: feed.revokedAt?.toISOString() ?? null,
    };
  }
}

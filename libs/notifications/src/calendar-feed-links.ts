import { deriveFeedToken, feedKeyOf } from '@dondoc/auth';
import { type CalendarFeedEntity, type CalendarFeedRepository, type CalendarFeedScope } from '@dondoc/persistence';

export interface FeedLinkDeps {
  calendarFeeds: Pick<CalendarFeedRepository, 'ensure'>;
  linkSecret: string;
  publicUrl: string;
}

/** Under the API, ending in `.ics` so that calendar applications recognise what they subscribe to. */
export const calendarFeedUrl = (publicUrl: string, token: string): string => `${publicUrl}/api/feeds/${token}.ics`;

/** The token inside a feed's URL in a mail: the outbox blanks it from its copy once the mail is sent. */
export function feedTokensIn(url: string | null | undefined): string[] {
  const token = url ? /\/api\/feeds\/([\w-]+)\.ics$/.exec(url)?.[1] : undefined;
  return token ? [token] : [];
}

/** The feed's current URL, derived from the secret and its generation; none while it is revoked. */
export function feedUrlOf(deps: Omit<FeedLinkDeps, 'calendarFeeds'>, feed: CalendarFeedEntity): string | null {
  return feed.revokedAt ? null : calendarFeedUrl(deps.publicUrl, deriveFeedToken(deps.linkSecret, feedKeyOf(feed)));
}

/** The URL a mail or a page shows, making the feed on first ask (nothing stored but its generation). */
export async function currentFeedUrl(
  deps: FeedLinkDeps,
  scope: CalendarFeedScope,
  subjectId: string,
): Promise<string | null> {
  return feedUrlOf(deps, await deps.calendarFeeds.ensure(scope, subjectId));
}

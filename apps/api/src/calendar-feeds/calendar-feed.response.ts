import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_FEED_SCOPES, type CalendarFeedScope } from '@dondoc/persistence';

/** A private calendar feed: the URL a calendar application subscribes to, and whether it still works. */
export class CalendarFeedResponse {
  @ApiProperty({ enum: CALENDAR_FEED_SCOPES, description: 'An agency’s deadlines, or a whole plan’s' })
  scope!: CalendarFeedScope;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'https://dondoc.laichau.gov.vn/api/feeds/C15-HI9aTY6aUWovPE1ebw….ics',
    description: 'The private URL of the feed (text/calendar); null while it is revoked',
  })
  url!: string | null;

  @ApiProperty({ example: 1, description: 'Bumped by each regeneration: the URLs of earlier ones no longer work' })
  generation!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was revoked' })
  revokedAt!: string | null;
}

import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { CalendarFeedResponse } from './calendar-feed.response';
import { CalendarFeedsService } from './calendar-feeds.service';

const AGENCY_HOLDERS = [...MANAGERS, 'agency_officer' as const];
const NOT_FOUND = 'No such agency or plan, or (for an officer) another agency';

/** The URLs of the private calendar feeds: an agency's for its officers and the office, a plan's for the office. */
@ApiTags('calendar feeds')
@ApiProtected()
@Controller()
export class CalendarFeedManagementController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get('agencies/:id/calendar-feed')
  @Roles(...AGENCY_HOLDERS)
  @ApiOkResponse({ type: CalendarFeedResponse, description: 'Made on first ask' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: NOT_FOUND })
  agencyFeed(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<CalendarFeedResponse> {
    return this.feeds.get(actor, 'agency', id);
  }

  @Post('agencies/:id/calendar-feed/regenerate')
  @Roles(...AGENCY_HOLDERS)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CalendarFeedResponse, description: 'A new URL; the previous one no longer works' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: NOT_FOUND })
  regenerateAgencyFeed(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CalendarFeedResponse> {
    return this.feeds.regenerate(actor, 'agency', id);
  }

  @Delete('agencies/:id/calendar-feed')
  @Roles(...AGENCY_HOLDERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked: its URL answers 404 until the feed is regenerated' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: NOT_FOUND })
  revokeAgencyFeed(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.feeds.revoke(actor, 'agency', id);
  }

  @Get('plans/:id/calendar-feed')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: CalendarFeedResponse, description: 'Every agency’s open deadlines in the plan' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  planFeed(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<CalendarFeedResponse> {
    return this.feeds.get(actor, 'plan', id);
  }

  @Post('plans/:id/calendar-feed/regenerate')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CalendarFeedResponse, description: 'A new URL; the previous one no longer works' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  regeneratePlanFeed(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CalendarFeedResponse> {
    return this.feeds.regenerate(actor, 'plan', id);
  }

  @Delete('plans/:id/calendar-feed')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Revoked: its URL answers 404 until the feed is regenerated' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  revokePlanFeed(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.feeds.revoke(actor, 'plan', id);
  }
}

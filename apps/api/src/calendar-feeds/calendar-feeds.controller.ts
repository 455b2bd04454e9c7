import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Public } from '@dondoc/auth';
import { ProblemResponse } from '../http/problem.response';
import { CalendarFeedsService } from './calendar-feeds.service';

/** The private feed calendar applications subscribe to: its token is its only credential. */
@ApiTags('calendar feeds')
@Controller('feeds')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Public()
  @Get(':token.ics')
  @ApiParam({ name: 'token', description: 'The private part of the feed’s URL', schema: { type: 'string' } })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The open deadlines as iCalendar (RFC 5545), with the plan’s reminders as alarms',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({
    type: ProblemResponse,
    description: 'No live feed has this token: unknown, regenerated or revoked alike',
  })
  @ApiTooManyRequestsResponse({ type: ProblemResponse, description: 'Fetched too often (Retry-After)' })
  async feed(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const ics = await this.feeds.render(token, request.ip ?? 'unknown');
    if (ics === null) throw new NotFoundException('no such calendar feed');
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Robots-Tag', 'noindex');
    response.setHeader('Content-Disposition', 'inline; filename="dondoc.ics"');
    response.type('text/calendar; charset=utf-8').send(ics);
  }
}

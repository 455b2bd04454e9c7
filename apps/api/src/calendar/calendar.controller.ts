import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { CalendarChangeResponse, CalendarYearResponse } from './calendar-year.response';
import { CalendarService } from './calendar.service';
import { FIRST_YEAR, LAST_YEAR, ParseYearPipe } from './parse-year.pipe';
import { UpdateCalendarYearDto } from './update-calendar-year.dto';

@ApiTags('calendar')
@ApiProtected()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':year')
  @ApiParam({ name: 'year', schema: { type: 'integer', minimum: FIRST_YEAR, maximum: LAST_YEAR, example: 2027 } })
  @ApiOkResponse({ type: CalendarYearResponse, description: 'The effective adjustments and every day off' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @Param('year', ParseYearPipe) year: number): Promise<CalendarYearResponse> {
    return this.calendar.get(actor, year);
  }

  @Put(':year')
  @Roles(...MANAGERS)
  @ApiParam({ name: 'year', schema: { type: 'integer', minimum: FIRST_YEAR, maximum: LAST_YEAR, example: 2027 } })
  @ApiOkResponse({
    type: CalendarChangeResponse,
    description:
      'Stored: periods opening from now on use it, and running assignments re-plan their remaining reminders',
  })
  @ApiBadRequestResponse({
    type: ProblemResponse,
    description: 'A date outside the year, an unknown holiday, from > to',
  })
  put(
    @CurrentActor() actor: Actor,
    @Param('year', ParseYearPipe) year: number,
    @Body() dto: UpdateCalendarYearDto,
  ): Promise<CalendarChangeResponse> {
    return this.calendar.put(actor, year, dto);
  }
}

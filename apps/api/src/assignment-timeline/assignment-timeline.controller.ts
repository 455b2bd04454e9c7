import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { AssignmentTimelineService, TIMELINE_CAP } from './assignment-timeline.service';
import { AssignmentTimelineResponse } from './timeline.response';

@ApiTags('assignments')
@ApiProtected()
@Controller('assignments/:id')
export class AssignmentTimelineController {
  constructor(private readonly timelines: AssignmentTimelineService) {}

  @Get('timeline')
  @Roles(...MANAGERS, 'viewer')
  @ApiOperation({
    description:
      'The assignment’s history, oldest first: each event with who made it, the deadline in force and its note; ' +
      `reminders and escalations with the emails sent. At most ${TIMELINE_CAP} events (the first and the newest).`,
  })
  @ApiOkResponse({ type: AssignmentTimelineResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such assignment' })
  timeline(@Param('id', ParseUUIDPipe) id: string): Promise<AssignmentTimelineResponse> {
    return this.timelines.timeline(id);
  }
}

import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { AgencyMergerResponse } from './agency-merger.response';
import { AgencyMergersService } from './agency-mergers.service';
import { MergeAgencyDto } from './merge-agency.dto';

@ApiTags('agencies')
@ApiProtected()
@Controller('agencies/:id')
export class AgencyMergersController {
  constructor(private readonly mergers: AgencyMergersService) {}

  @Post('merge-into')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    description:
      'Marks the agency inactive and merged into the successor, and hands each of its open assignments on: ' +
      'reassigned to the successor, or waived when the successor already holds that task and period. ' +
      'An assignment whose workflow refuses is listed and left as it was; calling again moves only what is left.',
  })
  @ApiOkResponse({ type: AgencyMergerResponse, description: 'What was moved, merged, and left' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is invalid, or names the agency itself' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such agency, or no such successor (successorId)' })
  @ApiConflictResponse({
    type: ProblemResponse,
    description: 'The successor is inactive, or the agency was merged into another (successorId)',
  })
  mergeInto(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MergeAgencyDto,
  ): Promise<AgencyMergerResponse> {
    return this.mergers.mergeInto(actor, id, dto);
  }
}

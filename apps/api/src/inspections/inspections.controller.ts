import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { InspectionPage, InspectionResponse } from './inspection.response';
import { InspectionsService } from './inspections.service';
import { ListInspectionsQuery } from './list-inspections.query';
import { SubmitFindingsDto } from './submit-findings.dto';

@ApiTags('inspections')
@ApiProtected()
@Controller('inspections')
export class InspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get()
  @Roles('admin', 'coordinator', 'inspector', 'viewer')
  @ApiOkResponse({ type: InspectionPage, description: 'An inspector gets only the inspections they are on' })
  list(@CurrentActor() actor: Actor, @Query() query: ListInspectionsQuery): Promise<InspectionPage> {
    return this.inspections.list(actor, query);
  }

  @Post(':id/report')
  @Roles('inspector')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: InspectionResponse, description: 'The findings are recorded; the inspection is reported' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such inspection, or one the inspector is not on' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The inspection is not awaiting findings' })
  report(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitFindingsDto,
  ): Promise<InspectionResponse> {
    return this.inspections.submitFindings(actor, id, dto);
  }
}

import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { SubmissionResponse } from './submission.response';
import { SubmissionsService } from './submissions.service';
import { SubmitReportDto } from './submit-report.dto';

@ApiTags('assignments')
@ApiProtected()
@Controller('assignments/:id/submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Post()
  @Roles('agency_officer')
  @ApiCreatedResponse({ type: SubmissionResponse, description: 'The report is stored and awaits review' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is invalid (bad base64, media type…)' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such assignment, or another agency’s' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The workflow refused the report (reason and code)' })
  @ApiPayloadTooLargeResponse({ type: ProblemResponse, description: 'The request is over 10 MB' })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitReportDto,
  ): Promise<SubmissionResponse> {
    return this.submissions.submit(actor, id, dto);
  }
}

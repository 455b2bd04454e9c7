import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { type Actor, AllowPersonalLink, CurrentActor, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { sendAttachment } from '../uploads/send-attachment';
import { AssignmentReportService } from './assignment-report.service';
import { ReportViewResponse } from './report-view.response';
import { SubmissionVersionResponse } from './submission-version.response';

@ApiTags('assignments')
@ApiProtected()
@Controller('assignments/:id')
export class AssignmentReportController {
  constructor(private readonly reports: AssignmentReportService) {}

  @Get('report-view')
  @Roles('admin', 'coordinator', 'viewer', 'agency_officer')
  @AllowPersonalLink()
  @ApiOkResponse({ type: ReportViewResponse, description: 'What the agency’s report page shows' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such assignment, or one the caller may not see' })
  view(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportViewResponse> {
    return this.reports.view(actor, id);
  }

  @Get('submissions')
  @Roles('admin', 'coordinator', 'viewer', 'agency_officer')
  @AllowPersonalLink()
  @ApiOkResponse({
    type: [SubmissionVersionResponse],
    description: 'Every version of the agency’s report, oldest first, with its files and its review',
  })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such assignment, or one the caller may not see' })
  versions(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<SubmissionVersionResponse[]> {
    return this.reports.versions(actor, id);
  }

  @Get('attachments/:sha256')
  @Roles('admin', 'coordinator', 'viewer', 'agency_officer')
  @AllowPersonalLink()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as an attachment (never rendered inline)' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such file in this assignment’s reports' })
  async attachment(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sha256') sha256: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.reports.attachment(actor, id, sha256);
    return sendAttachment(response, file, stream);
  }

  @Get('inputs/:inputId/attachments/:sha256')
  @Roles('admin', 'coordinator', 'viewer', 'agency_officer')
  @AllowPersonalLink()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'A file a coordinating agency sent the lead, as an attachment (never inline)' })
  @ApiNotFoundResponse({
    type: ProblemResponse,
    description: 'Not a lead assignment the caller may see, not one of its inputs, or no such file',
  })
  async inputAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('inputId', ParseUUIDPipe) inputId: string,
    @Param('sha256') sha256: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.reports.inputAttachment(actor, id, inputId, sha256);
    return sendAttachment(response, file, stream);
  }
}

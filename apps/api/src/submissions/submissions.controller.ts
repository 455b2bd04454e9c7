import { Body, Controller, Param, ParseUUIDPipe, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, AllowPersonalLink, CurrentActor, Roles } from '@dondoc/auth';
import { AcceptsBody } from '../http/body-media-type.interceptor';
import { ApiIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { ApiBodyByMediaType } from '../http/openapi-completion';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { AttachmentUploadInterceptor, type UploadedAttachment } from '../uploads/attachment-upload.interceptor';
import { UPLOAD_LIMITS } from '../uploads/upload-limits';
import { SubmissionResponse } from './submission.response';
import { SubmissionsService } from './submissions.service';
import { SubmitReportDto, SubmitReportFormDto } from './submit-report.dto';

const MB = 1024 * 1024;

@ApiTags('assignments')
@ApiProtected()
@Controller('assignments/:id/submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Post()
  @Roles('agency_officer')
  @AllowPersonalLink()
  @AcceptsBody('application/json', 'multipart/form-data')
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiExtraModels(SubmitReportDto, SubmitReportFormDto)
  @ApiBodyByMediaType({ 'multipart/form-data': SubmitReportFormDto, 'application/json': SubmitReportDto })
  @ApiOperation({
    description: `A report: as multipart/form-data (the web app; files streamed) or as JSON with base64 files. At most ${UPLOAD_LIMITS.maxFiles} files of ${UPLOAD_LIMITS.maxFileBytes / MB} MB, ${UPLOAD_LIMITS.maxTotalBytes / MB} MB in all; PDF, DOCX, XLSX, DOC, JPG, PNG, decided by the bytes.`,
  })
  @ApiCreatedResponse({ type: SubmissionResponse, description: 'The report is stored and awaits review' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is invalid (a refused file type…)' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such assignment, or another agency’s' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The workflow refused the report (reason and code)' })
  @ApiPayloadTooLargeResponse({ type: ProblemResponse, description: 'A file or the whole report is over its limit' })
  @ApiServiceUnavailableResponse({
    type: ProblemResponse,
    description: 'Temporal did not answer in time, or the workflow has not started yet (Retry-After)',
  })
  @ApiIdempotencyKey('the report')
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitReportDto,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<SubmissionResponse> {
    return this.submissions.submit(
      actor,
      id,
      dto,
      (files ?? []).map((file) => ({ ...file, originalName: file.originalname })),
      idempotencyKey,
    );
  }
}

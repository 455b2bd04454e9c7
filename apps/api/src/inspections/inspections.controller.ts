import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
  UploadedFiles,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { type Actor, AllowPersonalLink, CurrentActor, Roles } from '@dondoc/auth';
import { AcceptsBody } from '../http/body-media-type.interceptor';
import { ApiIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { ApiBodyByMediaType } from '../http/openapi-completion';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { AttachmentUploadInterceptor, type UploadedAttachment } from '../uploads/attachment-upload.interceptor';
import { sendAttachment } from '../uploads/send-attachment';
import { BriefingResponse, FindingResponse } from './briefing.response';
import { InspectionPage, InspectionResponse } from './inspection.response';
import { InspectionsService } from './inspections.service';
import { ListInspectionsQuery } from './list-inspections.query';
import { SaveFindingDto, SaveFindingFormDto } from './save-finding.dto';
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

  @Get(':id/briefing')
  @Roles('admin', 'coordinator', 'inspector', 'viewer')
  @AllowPersonalLink()
  @ApiOkResponse({ type: BriefingResponse, description: 'The team, the window, the targets and the findings so far' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such inspection, or one the inspector is not on' })
  briefing(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<BriefingResponse> {
    return this.inspections.briefing(actor, id);
  }

  @Put(':id/findings/:agencyId')
  @Roles('inspector')
  @AllowPersonalLink()
  @AcceptsBody('multipart/form-data', 'application/json')
  @UseInterceptors(AttachmentUploadInterceptor)
  @ApiExtraModels(SaveFindingDto, SaveFindingFormDto)
  @ApiBodyByMediaType({ 'multipart/form-data': SaveFindingFormDto, 'application/json': SaveFindingDto })
  @ApiOkResponse({
    type: FindingResponse,
    description:
      'The target’s findings, replacing any saved before; the files join those kept, one copy of each content',
  })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such inspection, or a target not of this team' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The inspection no longer takes findings' })
  @ApiPayloadTooLargeResponse({ type: ProblemResponse, description: 'A file or all of them are over the limit' })
  saveFinding(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('agencyId', ParseUUIDPipe) agencyId: string,
    @Body() dto: SaveFindingDto,
    @UploadedFiles() files: UploadedAttachment[] | undefined,
  ): Promise<FindingResponse> {
    const received = (files ?? []).map((file) => ({ ...file, originalName: file.originalname }));
    return this.inspections.saveFinding(actor, id, agencyId, dto, received);
  }

  @Post(':id/report')
  @Roles('inspector')
  @AllowPersonalLink()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: InspectionResponse, description: 'The findings are recorded; the inspection is reported' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such inspection, or one the inspector is not on' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The inspection is not awaiting findings' })
  @ApiIdempotencyKey('the findings report')
  report(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitFindingsDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<InspectionResponse> {
    return this.inspections.submitFindings(actor, id, dto, idempotencyKey);
  }

  @Get(':id/attachments/:sha256')
  @Roles('admin', 'coordinator', 'inspector', 'viewer')
  @AllowPersonalLink()
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'A findings attachment, as a download' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such file in this inspection’s findings' })
  async attachment(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('sha256') sha256: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.inspections.attachment(actor, id, sha256);
    return sendAttachment(response, file, stream);
  }
}

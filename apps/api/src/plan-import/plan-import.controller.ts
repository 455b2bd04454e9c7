import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { type Response } from 'express';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiAcceptedResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { AcceptsBody } from '../http/body-media-type.interceptor';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { ImportPlanDto, ImportPlanForm } from './import-plan.dto';
import { PlanImportJobResponse, PlanImportResponse } from './plan-import.response';
import { PlanImportService } from './plan-import.service';
import { ScannedPlans } from './scanned-plans';
import { type UploadedDocument } from './uploaded-document';

export const PLAN_FILE_LIMIT_BYTES = 20 * 1024 * 1024;

@ApiTags('plans')
@ApiProtected()
@Controller('plans')
export class PlanImportController {
  constructor(
    private readonly imports: PlanImportService,
    private readonly scans: ScannedPlans,
  ) {}

  @Post('import')
  @Roles(...MANAGERS)
  @AcceptsBody('multipart/form-data')
  // Memory storage: the bytes are hashed and parsed, never written to disk. Names are UTF-8 (Vietnamese).
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: PLAN_FILE_LIMIT_BYTES, files: 1 }, defParamCharset: 'utf8' }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportPlanForm })
  @ApiCreatedResponse({
    type: PlanImportResponse,
    description: 'The draft plan with its tasks, resolved agencies and what is left to review; its intake has started',
  })
  @ApiAcceptedResponse({
    type: PlanImportJobResponse,
    description:
      'A scan (a PDF with no text layer): it is read by OCR in the background; poll the job at `Location` ' +
      '(GET /plans/import-jobs/{id}) for its progress and then the draft',
  })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'No file, or a province without a directory' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'A plan with this number exists (names `number`)' })
  @ApiPayloadTooLargeResponse({
    type: ProblemResponse,
    description:
      'The file is over 20 MB, a PDF has over 300 pages (too-many-pages), or a .docx would unpack past 50 MB or ' +
      '2,000 entries (document-too-large-unpacked)',
  })
  @ApiServiceUnavailableResponse({
    type: ProblemResponse,
    description: 'Every document reader is busy and the queue is full (document-readers-busy; Retry-After)',
  })
  @ApiUnsupportedMediaTypeResponse({
    type: ProblemResponse,
    description: 'Not .txt, .md, .docx or .pdf, by name or by content (`errors[0].code`: unsupported-format)',
  })
  @ApiUnprocessableEntityResponse({
    type: ProblemResponse,
    description:
      'The content is no plan: `errors[0].code` is empty-file, binary-content, corrupt-file, no-text-layer (a scan, ' +
      'on a server without OCR), document-too-complex (reading it took over 20 s or too much memory) or not-a-plan',
  })
  async import(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: UploadedDocument | undefined,
    @Body() dto: ImportPlanDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanImportResponse | PlanImportJobResponse> {
    const outcome = await this.imports.import(actor, file, dto);
    if (!('status' in outcome)) return outcome;
    response.status(202).location(`/api/plans/import-jobs/${outcome.id}`);
    return PlanImportJobResponse.from(outcome);
  }

  @Get('import-jobs/:id')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: PlanImportJobResponse, description: 'A scan being read, or the draft it became, or why not' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such job' })
  async importJob(@Param('id', ParseUUIDPipe) id: string): Promise<PlanImportJobResponse> {
    const job = await this.scans.get(id);
    if (job === null) throw new NotFoundException(`import job ${id} not found`);
    return PlanImportJobResponse.from(job);
  }
}

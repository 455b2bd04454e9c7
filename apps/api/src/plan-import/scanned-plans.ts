import { HttpException, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { accessSync, constants } from 'node:fs';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import {
  type ExtractedPlan,
  type OcrTools,
  PlanImportErrorCode,
  ParseWarningCode,
  ocrPdf,
  parsePlanText,
} from '@dondoc/plan-import';
import { type PlanImportJobEntity, PlanImportJobRepository } from '@dondoc/persistence';
import { mappedImportError } from './plan-import.problems';
import { type PlanImportResponse } from './plan-import.response';

/** A job not moved on for this long was being read by a process that has stopped. */
const STALLED_MS = 10 * 60_000;
const INTERRUPTED = {
  status: 422,
  code: 'interrupted',
  message: 'the server stopped while reading the scan; upload the file again',
};

/**
 * Scanned plans (PDFs with no text layer), read by OCR off the request path: the upload answers with a job at
 * once, one scan is read at a time per API process (OCR takes every core it gets), and each page read moves the
 * job's progress on. The draft it becomes is written exactly as an upload's is.
 */
@Injectable()
export class ScannedPlans implements OnModuleInit {
  private readonly logger = new Logger(ScannedPlans.name);
  private readonly tools: OcrTools | null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly jobs: PlanImportJobRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.tools = usableTools(config.ocr.tesseract, config.ocr.pdftoppm);
  }

  async onModuleInit(): Promise<void> {
    const failed = await this.jobs.failInterrupted(INTERRUPTED, new Date(Date.now() - STALLED_MS));
    if (failed > 0) this.logger.warn(`${failed} scan(s) left unread by a stopped process marked failed`);
  }

  /** Whether this refusal is a scan this process can read instead. */
  reads(error: unknown): boolean {
    return this.tools !== null && codeOf(error) === PlanImportErrorCode.NoTextLayer;
  }

  async start(
    job: Pick<PlanImportJobEntity, 'filename' | 'province' | 'createdBy'>,
    buffer: Buffer,
    importDraft: (extracted: ExtractedPlan) => Promise<PlanImportResponse>,
  ): Promise<PlanImportJobEntity> {
    const started = await this.jobs.start(job);
    this.queue = this.queue.then(() => this.read(started.id, buffer, importDraft));
    return started;
  }

  /** The job as it stands; one a stopped process left behind is reported failed. */
  async get(id: string): Promise<PlanImportJobEntity | null> {
    const job = await this.jobs.getById(id);
    if (job?.status === 'reading' && job.updatedAt.getTime() < Date.now() - STALLED_MS) {
      await this.jobs.failInterrupted(INTERRUPTED, new Date(Date.now() - STALLED_MS));
      return this.jobs.getById(id);
    }
    return job;
  }

  private async read(
    id: string,
    buffer: Buffer,
    importDraft: (extracted: ExtractedPlan) => Promise<PlanImportResponse>,
  ): Promise<void> {
    try {
      const scan = await ocrPdf(buffer, {
        tools: this.tools!,
        maxPages: this.config.ocr.maxPages,
        timeoutMs: this.config.ocr.timeoutMs,
        onPage: (done, total) => void this.jobs.progress(id, done, total).catch(() => undefined),
      });
      const draft = parsePlanText(scan.text);
      draft.warnings.unshift(
        { code: ParseWarningCode.Ocr, message: `Đọc bằng nhận dạng chữ (OCR) từ bản quét ${scan.pages} trang` },
        ...scan.lowConfidenceLines.map((line) => ({
          code: ParseWarningCode.OcrLowConfidence,
          message: line.text,
          where: `page ${line.page}`,
        })),
      );
      const result = await importDraft({ text: scan.text, draft });
      await this.jobs.finish(id, result.plan.id, { ...result });
    } catch (error) {
      const problem = problemOf(mappedImportError(error));
      if (problem.status >= 500) this.logger.error(`reading scan ${id} failed: ${String(error)}`);
      await this.jobs.fail(id, problem).catch(() => undefined);
    }
  }
}

function usableTools(tesseract: string, pdftoppm: string): OcrTools | null {
  try {
    accessSync(tesseract, constants.X_OK);
    accessSync(pdftoppm, constants.X_OK);
    return { tesseract, pdftoppm };
  } catch {
    return null;
  }
}

function codeOf(error: unknown): unknown {
  if (!(error instanceof HttpException)) return undefined;
  const body = error.getResponse();
  return typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
}

function problemOf(error: unknown): Record<string, unknown> & { status: number } {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    return { ...(typeof body === 'object' && body !== null ? body : { message: body }), status: error.getStatus() };
  }
  return { status: 500, message: 'the scan could not be read' };
}

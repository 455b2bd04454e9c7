import {
  type HttpException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { PlanImportErrorCode, PlanImportException } from '@dondoc/plan-import';

/** The code of a file that parses but is no plan (a news article, a letter). */
export const NOT_A_PLAN = 'not-a-plan' as const;

const READERS_BUSY_RETRY_SECONDS = 5;

/**
 * problem+json naming the `file` field, with the importer's code: 415 for a file type, 413 for a document past a
 * cap (pages, unpacked size), 503 while every reader is busy, 422 for any other content.
 */
export function importProblem(code: PlanImportErrorCode | typeof NOT_A_PLAN, message: string): HttpException {
  const body = { message, code, errors: [{ field: 'file', code, message }] };
  switch (code) {
    case PlanImportErrorCode.UnsupportedFormat:
      return new UnsupportedMediaTypeException(body);
    case PlanImportErrorCode.TooManyPages:
    case PlanImportErrorCode.DocumentTooLargeUnpacked:
      return new PayloadTooLargeException(body);
    case PlanImportErrorCode.ReadersBusy:
      return new ServiceUnavailableException({ ...body, retryAfter: READERS_BUSY_RETRY_SECONDS });
    case PlanImportErrorCode.EmptyFile:
    case PlanImportErrorCode.BinaryContent:
    case PlanImportErrorCode.NoTextLayer:
    case PlanImportErrorCode.CorruptFile:
    case PlanImportErrorCode.PasswordProtected:
    case PlanImportErrorCode.DocumentTooComplex:
    case PlanImportErrorCode.OcrFailed:
    case PlanImportErrorCode.OcrTimeout:
    case NOT_A_PLAN:
      return new UnprocessableEntityException(body);
  }
}

export function mappedImportError(error: unknown): unknown {
  return error instanceof PlanImportException ? importProblem(error.code, error.message) : error;
}

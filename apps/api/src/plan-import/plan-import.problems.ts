import { type HttpException, UnprocessableEntityException, UnsupportedMediaTypeException } from '@nestjs/common';
import { PlanImportErrorCode, PlanImportException } from '@dondoc/plan-import';

/** The code of a file that parses but is no plan (a news article, a letter). */
export const NOT_A_PLAN = 'not-a-plan' as const;

/** problem+json naming the `file` field, with the importer's code: 415 for a file type, 422 for its content. */
export function importProblem(code: PlanImportErrorCode | typeof NOT_A_PLAN, message: string): HttpException {
  const body = { message, code, errors: [{ field: 'file', code, message }] };
  return code === PlanImportErrorCode.UnsupportedFormat
    ? new UnsupportedMediaTypeException(body)
    : new UnprocessableEntityException(body);
}

export function mappedImportError(error: unknown): unknown {
  return error instanceof PlanImportException ? importProblem(error.code, error.message) : error;
}

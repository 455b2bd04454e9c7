import { HttpException, type Logger } from '@nestjs/common';

export interface AssignmentFailure {
  assignmentId: string;
  reason: string;
  code?: string;
}

/** Why one assignment of a bulk action was left as it was: the workflow's refusal, or an unexpected error. */
export function failureOf(assignmentId: string, error: unknown, logger: Logger): AssignmentFailure {
  if (error instanceof HttpException) {
    const body = error.getResponse();
    const { message, code } = (typeof body === 'object' ? body : { message: body }) as {
      message?: unknown;
      code?: unknown;
    };
    return {
      assignmentId,
      reason: typeof message === 'string' ? message : error.message,
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  logger.error(`assignment ${assignmentId} was left out of a bulk action: ${String(error)}`);
  return { assignmentId, reason: 'an unexpected error; the server log has it' };
}

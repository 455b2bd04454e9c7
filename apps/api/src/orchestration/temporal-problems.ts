import { ConflictException, ServiceUnavailableException } from '@nestjs/common';
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  isGrpcServiceError,
} from '@temporalio/client';

/**
 * Calls a workflow and turns Temporal's refusals into HTTP problems: a rejected update is a 409 carrying the
 * workflow's own reason and code, a workflow that is not running a 409, an unreachable server a 503.
 */
export async function callWorkflow<T>(subject: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw temporalProblem(error, subject);
  }
}

export function temporalProblem(error: unknown, subject: string): unknown {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    const code = cause instanceof ApplicationFailure ? (cause.type ?? undefined) : cause?.name;
    return new ConflictException({ message: cause?.message ?? error.message, ...(code ? { code } : {}) });
  }
  if (error instanceof WorkflowNotFoundError) return notRunning(subject);
  if (isUnavailable(error)) {
    return new ServiceUnavailableException('Temporal is not answering; try again shortly');
  }
  return error;
}

export const notRunning = (subject: string): ConflictException =>
  new ConflictException({ message: `${subject}'s workflow is not running`, code: 'WorkflowNotRunning' });

/** gRPC UNAVAILABLE and DEADLINE_EXCEEDED: the server is down or did not answer in time. */
const UNAVAILABLE: readonly number[] = [14, 4];

function isUnavailable(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (current instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (isGrpcServiceError(current) && UNAVAILABLE.includes(current.code)) return true;
  }
  return false;
}

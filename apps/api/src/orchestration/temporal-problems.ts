import { setTimeout as sleep } from 'node:timers/promises';
import { ConflictException, ServiceUnavailableException } from '@nestjs/common';
import {
  ApplicationFailure,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  isGrpcServiceError,
  type UpdateDefinition,
  type WorkflowHandle,
} from '@temporalio/client';
import { type AssignmentStatus, SETTLED_STATUSES } from '@dondoc/contracts';
import { type TemporalClient } from '@dondoc/temporal';
import { type UpdateIds } from './update-id';

/** Seconds a caller is told to wait after Temporal did not answer: long enough for a restarted service to be back. */
export const TEMPORAL_RETRY_AFTER_SECONDS = 5;

/**
 * Calls a workflow within the configured deadline and turns Temporal's refusals into HTTP problems: a rejected update
 * is a 409 carrying the workflow's own reason and code, a workflow that is not running a 409, a server that is down,
 * overloaded or does not answer in time a 503.
 */
export async function callWorkflow<T>(temporal: TemporalClient, subject: string, call: () => Promise<T>): Promise<T> {
  try {
    return await temporal.withinDeadline(call);
  } catch (error) {
    throw temporalProblem(error, subject);
  }
}

/** Sent again at most this many times when the workflow was not ready for it; each attempt has its own update id. */
const RESENDS = 3;
const RESEND_PAUSE_MS = 500;

/** An update of one workflow, and the ids its attempts are sent under. */
export interface UpdateCall<Ret, Args extends [unknown, ...unknown[]]> {
  handle: WorkflowHandle;
  definition: UpdateDefinition<Ret, Args>;
  args: Args;
  ids: UpdateIds;
}

/**
 * Sends an update as callWorkflow calls a workflow. Temporal refuses an update, without running it, while the
 * workflow's task is failing (a worker died holding it), and aborts one that reached a worker which died before
 * completing the task, keeping that id aborted. Either way the update is sent again, a little later, as the next
 * attempt under the next id. An attempt the workflow refuses may be refused because another attempt of the same request
 * went through (see anotherAttemptDone); then that attempt's outcome is the answer.
 */
export async function callUpdate<Ret, Args extends [unknown, ...unknown[]]>(
  temporal: TemporalClient,
  subject: string,
  { handle, definition, args, ids }: UpdateCall<Ret, Args>,
): Promise<Ret> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await temporal.withinDeadline(() => handle.executeUpdate(definition, { args, updateId: ids.of(attempt) }));
    } catch (error) {
      if (error instanceof WorkflowUpdateFailedError) {
        const done = await anotherAttemptDone<Ret>(temporal, subject, handle, ids, attempt);
        if (done) return done.outcome;
      }
      if (attempt >= RESENDS || !isRefusedAsNotReady(error)) throw temporalProblem(error, subject);
    }
    await sleep(RESEND_PAUSE_MS * (attempt + 1));
  }
}

/**
 * The outcome of another attempt of the request that went through, if one did. Temporal checks a failing workflow task
 * before it looks up an update's id, so it can refuse as not ready the SDK's resend of an update it had admitted, and
 * run that update once the worker is back; a request retried with its key starts again at the first id, which may
 * have been refused while a later one ran. The earlier attempts of a request without a key are the only others.
 */
async function anotherAttemptDone<Ret>(
  temporal: TemporalClient,
  subject: string,
  handle: WorkflowHandle,
  ids: UpdateIds,
  attempt: number,
): Promise<{ outcome: Ret } | undefined> {
  for (let other = 0; other <= (ids.sharedWithRetries ? RESENDS : attempt - 1); other += 1) {
    if (other === attempt) continue;
    try {
      return { outcome: await temporal.withinDeadline(() => handle.getUpdateHandle<Ret>(ids.of(other)).result()) };
    } catch (error) {
      // Never admitted, refused or lost with its task: that attempt did nothing.
      const didNothing =
        error instanceof WorkflowNotFoundError ||
        error instanceof WorkflowUpdateFailedError ||
        isRefusedAsNotReady(error);
      if (!didNothing) throw temporalProblem(error, subject);
    }
  }
  return undefined;
}

export function temporalProblem(error: unknown, subject: string): unknown {
  if (error instanceof WorkflowUpdateFailedError) {
    const cause = error.cause;
    const code = cause instanceof ApplicationFailure ? (cause.type ?? undefined) : cause?.name;
    return new ConflictException({ message: cause?.message ?? error.message, ...(code ? { code } : {}) });
  }
  if (error instanceof WorkflowNotFoundError) return notRunning(subject);
  if (isWorthRetrying(error)) {
    return new ServiceUnavailableException({
      message: `Temporal did not answer about ${subject} in time; try again in a few seconds`,
      code: 'TemporalUnavailable',
      retryAfter: TEMPORAL_RETRY_AFTER_SECONDS,
    });
  }
  return error;
}

export const notRunning = (subject: string): ConflictException =>
  new ConflictException({ message: `${subject}'s workflow is not running`, code: 'WorkflowNotRunning' });

/**
 * An assignment that is not settled but whose workflow Temporal does not know: its plan opened the period (the row
 * names its workflow) and has yet to start it, as while a worker is down. A 503 to try again, not a 409 that says it
 * is over; a settled one's workflow may be gone past Temporal's retention, and stays a 409.
 */
export function notStartedWhileOpen(problem: unknown, status: AssignmentStatus, subject: string): unknown {
  const notFound =
    problem instanceof ConflictException && (problem.getResponse() as { code?: unknown }).code === 'WorkflowNotRunning';
  if (!notFound || SETTLED_STATUSES.includes(status)) return problem;
  return new ServiceUnavailableException({
    message: `${subject}'s workflow has not started yet; try again in a few seconds`,
    code: 'WorkflowNotStarted',
    retryAfter: TEMPORAL_RETRY_AFTER_SECONDS,
  });
}

/**
 * gRPC UNAVAILABLE and DEADLINE_EXCEEDED: the server is down or did not answer in time; RESOURCE_EXHAUSTED: it is
 * overloaded, or the workflow has as many updates in flight as it takes, so a retry later will do.
 */
const RETRY_LATER: readonly number[] = [14, 4, 8];
const FAILED_PRECONDITION = 9;

function isWorthRetrying(error: unknown): boolean {
  return (
    isRefusedAsNotReady(error) ||
    someCause(
      error,
      (cause) =>
        cause instanceof WorkflowUpdateRPCTimeoutOrCancelledError ||
        (isGrpcServiceError(cause) && RETRY_LATER.includes(cause.code)),
    )
  );
}

/**
 * Temporal's WorkflowNotReady for an update ("Unable to perform workflow execution update due to Workflow Task in
 * failed state" / "… unexpected workflow task failure"): the workflow did not take it.
 */
const isRefusedAsNotReady = (error: unknown): boolean =>
  someCause(
    error,
    (cause) =>
      isGrpcServiceError(cause) &&
      Number(cause.code) === FAILED_PRECONDITION &&
      /unable to perform workflow execution update/i.test(cause.details),
  );

/** Whether the error, or an error in the chain of its causes, is `wanted`. */
function someCause(error: unknown, wanted: (cause: Error) => boolean): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause)
    if (wanted(current)) return true;
  return false;
}

import { ApplicationFailure } from '@temporalio/common';
import { type ActivityExecuteInput, type ActivityInboundCallsInterceptor, type Next } from '@temporalio/worker';
import { HeldByAnotherAttempt } from '@dondoc/notifications';
import { isRefusedForContent, sqlStateOf, violatedConstraint } from '@dondoc/persistence';

/** Errors whose retry the activity knows better than its retry policy's backoff does (see asActivityFailure). */
export class ActivityFailurePolicy implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>) {
    try {
      return await next(input);
    } catch (error) {
      throw asActivityFailure(error);
    }
  }
}

/**
 * A write the database refuses for its content would be refused on every retry: it fails at once, typed
 * `DatabaseRefused` with the SQLSTATE and constraint, instead of retrying without end. A mail another attempt holds
 * (one a killed worker left sending) is tried again a second after that attempt's lease runs out, where the
 * doubling backoff would overshoot it by up to half a lease.
 */
export function asActivityFailure(error: unknown): unknown {
  if (error instanceof HeldByAnotherAttempt) {
    return ApplicationFailure.create({
      message: error.message,
      type: 'OutboxRowHeld',
      nextRetryDelay: error.heldForMs + 1_000,
      cause: error,
    });
  }
  if (!isRefusedForContent(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return ApplicationFailure.create({
    message,
    type: 'DatabaseRefused',
    nonRetryable: true,
    details: [{ sqlState: sqlStateOf(error), constraint: violatedConstraint(error) }],
    cause: error instanceof Error ? error : undefined,
  });
}

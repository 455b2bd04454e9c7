import { ApplicationFailure } from '@temporalio/common';
import { type ActivityExecuteInput, type ActivityInboundCallsInterceptor, type Next } from '@temporalio/worker';
import { isRefusedForContent, sqlStateOf, violatedConstraint } from '@dondoc/persistence';

/**
 * An activity whose write the database refuses for its content would be refused on every retry: it fails at once,
 * typed `DatabaseRefused` with the SQLSTATE and constraint, instead of retrying without end.
 */
export class RefusedWritesFailAtOnce implements ActivityInboundCallsInterceptor {
  async execute(input: ActivityExecuteInput, next: Next<ActivityInboundCallsInterceptor, 'execute'>) {
    try {
      return await next(input);
    } catch (error) {
      throw asFinal(error);
    }
  }
}

export function asFinal(error: unknown): unknown {
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

import { ConflictException, ServiceUnavailableException } from '@nestjs/common';
import { ServiceError, WorkflowNotFoundError } from '@temporalio/client';
import { type TemporalClient } from '@dondoc/temporal';
import { TEMPORAL_RETRY_AFTER_SECONDS, callUpdate, temporalProblem } from './temporal-problems';

/** gRPC's status codes (grpc/doc/statuscodes.md). */
const status = {
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  UNAVAILABLE: 14,
} as const;

// Temporal's WorkflowNotReady: the update reached a worker that died before its workflow task completed, or came while
// the workflow's task was failing; the workflow took neither.
const LOST_WITH_ITS_TASK = 'Unable to perform workflow execution update due to unexpected workflow task failure.';
const TASK_FAILING = 'Unable to perform workflow execution update due to Workflow Task in failed state.';

/** What the SDK throws for a gRPC refusal: a ServiceError caused by the call's own error. */
function grpcRefusal(code: number, details: string): ServiceError {
  const cause = Object.assign(new Error(`${code}: ${details}`), { code, details, metadata: {} });
  return new ServiceError('Unexpected error while making gRPC request', { cause });
}

describe('temporalProblem', () => {
  it.each([
    [status.UNAVAILABLE, 'connection refused'],
    [status.DEADLINE_EXCEEDED, 'deadline exceeded'],
    // Temporal's answer to an overloaded server or a workflow at its update limit: try again later, not a fault.
    [status.RESOURCE_EXHAUSTED, 'update concurrent in-flight limit has been reached (10)'],
    [status.RESOURCE_EXHAUSTED, 'namespace rate limit exceeded'],
    // Sent again under new ids by callUpdate, and still not taken: the worker is not back yet.
    [status.FAILED_PRECONDITION, LOST_WITH_ITS_TASK],
    [status.FAILED_PRECONDITION, TASK_FAILING],
  ])('answers 503 with Retry-After for gRPC %s (%s)', (code, details) => {
    const problem = temporalProblem(grpcRefusal(code, details), 'the assignment');
    expect(problem).toBeInstanceOf(ServiceUnavailableException);
    expect((problem as ServiceUnavailableException).getResponse()).toMatchObject({
      code: 'TemporalUnavailable',
      retryAfter: TEMPORAL_RETRY_AFTER_SECONDS,
    });
  });

  it('answers 409 for a workflow that is not running', () => {
    const problem = temporalProblem(new WorkflowNotFoundError('gone', 'wf', undefined), 'the assignment');
    expect(problem).toBeInstanceOf(ConflictException);
  });

  it('leaves any other refusal as it is, to be answered 500 and logged', () => {
    const refusal = grpcRefusal(status.INVALID_ARGUMENT, 'bad request');
    expect(temporalProblem(refusal, 'the assignment')).toBe(refusal);
    const limit = grpcRefusal(status.FAILED_PRECONDITION, 'limit on number of total updates has been reached (2000)');
    expect(temporalProblem(limit, 'the assignment')).toBe(limit);
  });
});

describe('callUpdate', () => {
  const temporal = { withinDeadline: <T>(call: () => Promise<T>) => call() } as unknown as TemporalClient;

  it('sends an update the workflow was not ready for again, as a new attempt (a new update id), and answers its outcome', async () => {
    const attempts: number[] = [];
    const outcome = await callUpdate(temporal, 'the assignment', (attempt) => {
      attempts.push(attempt);
      if (attempt === 0) return Promise.reject(grpcRefusal(status.FAILED_PRECONDITION, TASK_FAILING));
      if (attempt === 1) return Promise.reject(grpcRefusal(status.FAILED_PRECONDITION, LOST_WITH_ITS_TASK));
      return Promise.resolve('accepted');
    });
    expect({ outcome, attempts }).toEqual({ outcome: 'accepted', attempts: [0, 1, 2] });
  });

  it('does not send again what the workflow refused or what failed otherwise', async () => {
    const attempts: number[] = [];
    const refusal = grpcRefusal(status.INVALID_ARGUMENT, 'bad request');
    await expect(
      callUpdate(temporal, 'the assignment', (attempt) => {
        attempts.push(attempt);
        return Promise.reject(refusal);
      }),
    ).rejects.toBe(refusal);
    expect(attempts).toEqual([0]);
  });

  it('gives up after a few attempts with a 503, so that the caller tries again later', async () => {
    const attempts: number[] = [];
    const answer = callUpdate(temporal, 'the assignment', (attempt) => {
      attempts.push(attempt);
      return Promise.reject(grpcRefusal(status.FAILED_PRECONDITION, LOST_WITH_ITS_TASK));
    });
    await expect(answer).rejects.toBeInstanceOf(ServiceUnavailableException);
    expect(attempts).toEqual([0, 1, 2, 3]);
  });
});

import { ConflictException, ServiceUnavailableException } from '@nestjs/common';
import { ServiceError, WorkflowNotFoundError } from '@temporalio/client';
import { TEMPORAL_RETRY_AFTER_SECONDS, temporalProblem } from './temporal-problems';

/** gRPC's status codes (grpc/doc/statuscodes.md). */
const status = { INVALID_ARGUMENT: 3, DEADLINE_EXCEEDED: 4, RESOURCE_EXHAUSTED: 8, UNAVAILABLE: 14 } as const;

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
  });
});

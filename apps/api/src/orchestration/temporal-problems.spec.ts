import { ConflictException, ServiceUnavailableException } from '@nestjs/common';
import {
  ApplicationFailure,
  ServiceError,
  type WorkflowHandle,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { submitReportUpdate } from '@dondoc/contracts';
import { type TemporalClient } from '@dondoc/temporal';
import {
  TEMPORAL_RETRY_AFTER_SECONDS,
  callUpdate,
  notStartedWhileOpen,
  notRunning,
  temporalProblem,
} from './temporal-problems';
import { type UpdateIds, updateIdsOf } from './update-id';

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

  it('answers 503 for an open assignment whose workflow its plan has not started yet, 409 for a settled one', () => {
    const notFound = temporalProblem(new WorkflowNotFoundError('not found', 'wf', undefined), 'the assignment');
    const starting = notStartedWhileOpen(notFound, 'submitted', 'the assignment');
    expect(starting).toBeInstanceOf(ServiceUnavailableException);
    expect((starting as ServiceUnavailableException).getResponse()).toMatchObject({
      code: 'WorkflowNotStarted',
      retryAfter: TEMPORAL_RETRY_AFTER_SECONDS,
    });
    expect(notStartedWhileOpen(notFound, 'accepted', 'the assignment')).toBe(notFound);
    const refused = new ConflictException({ message: 'already submitted', code: 'AlreadySubmitted' });
    expect(notStartedWhileOpen(refused, 'submitted', 'the assignment')).toBe(refused);
    expect(notStartedWhileOpen(notRunning('the assignment'), 'pending', 'the assignment')).toBeInstanceOf(
      ServiceUnavailableException,
    );
  });

  it('leaves any other refusal as it is, to be answered 500 and logged', () => {
    const refusal = grpcRefusal(status.INVALID_ARGUMENT, 'bad request');
    expect(temporalProblem(refusal, 'the assignment')).toBe(refusal);
    const limit = grpcRefusal(status.FAILED_PRECONDITION, 'limit on number of total updates has been reached (2000)');
    expect(temporalProblem(limit, 'the assignment')).toBe(limit);
  });
});

/**
 * A workflow as callUpdate meets it: each update sent is answered by `answer`, and the updates that went through are
 * kept by id, as Temporal keeps them, for a later look at their outcome.
 */
class WorkflowSketch {
  readonly sent: string[] = [];
  readonly lookedUp: string[] = [];
  readonly ran = new Map<string, string>();

  constructor(private readonly answer: (updateId: string, sketch: WorkflowSketch) => Promise<string>) {}

  readonly handle = {
    executeUpdate: (_definition: unknown, { updateId }: { updateId: string }) => {
      this.sent.push(updateId);
      return this.answer(updateId, this);
    },
    getUpdateHandle: (updateId: string) => ({
      result: () => {
        this.lookedUp.push(updateId);
        const outcome = this.ran.get(updateId);
        return outcome === undefined
          ? Promise.reject(new WorkflowNotFoundError(`update "${updateId}" not found`, 'assignment-1', undefined))
          : Promise.resolve(outcome);
      },
    }),
  } as unknown as WorkflowHandle;

  update(ids: UpdateIds) {
    return { handle: this.handle, definition: submitReportUpdate, args: [{}] as never, ids };
  }
}

/** The workflow's refusal of a second report while the first awaits review. */
const secondReport = (): WorkflowUpdateFailedError =>
  new WorkflowUpdateFailedError(
    'Workflow Update failed',
    ApplicationFailure.create({ type: 'AwaitingReview', message: 'a report already awaits review' }),
  );

describe('callUpdate', () => {
  const temporal = { withinDeadline: <T>(call: () => Promise<T>) => call() } as unknown as TemporalClient;
  const KEY = 'key-12345678';

  it('sends an update the workflow was not ready for again, as a new attempt (a new update id), and answers its outcome', async () => {
    const workflow = new WorkflowSketch((updateId, sketch) => {
      if (sketch.sent.length === 1) return Promise.reject(grpcRefusal(status.FAILED_PRECONDITION, TASK_FAILING));
      if (sketch.sent.length === 2) return Promise.reject(grpcRefusal(status.FAILED_PRECONDITION, LOST_WITH_ITS_TASK));
      return Promise.resolve(`accepted as ${updateId}`);
    });
    const outcome = await callUpdate(temporal, 'the assignment', workflow.update(updateIdsOf('submit', KEY)));
    expect({ outcome, sent: workflow.sent }).toEqual({
      outcome: `accepted as submit:${KEY}:attempt-2`,
      sent: [`submit:${KEY}`, `submit:${KEY}:attempt-1`, `submit:${KEY}:attempt-2`],
    });
  });

  it('does not send again what failed otherwise', async () => {
    const refusal = grpcRefusal(status.INVALID_ARGUMENT, 'bad request');
    const workflow = new WorkflowSketch(() => Promise.reject(refusal));
    await expect(callUpdate(temporal, 'the assignment', workflow.update(updateIdsOf('submit', KEY)))).rejects.toBe(
      refusal,
    );
    expect(workflow.sent).toHaveLength(1);
  });

  it("answers the workflow's refusal as a 409 with its reason when no attempt of the request went through", async () => {
    const workflow = new WorkflowSketch(() => Promise.reject(secondReport()));
    const answer = callUpdate(temporal, 'the assignment', workflow.update(updateIdsOf('submit', KEY)));
    await expect(answer).rejects.toBeInstanceOf(ConflictException);
    await expect(answer).rejects.toMatchObject({ response: { code: 'AwaitingReview' } });
    expect(workflow.sent).toEqual([`submit:${KEY}`]);
  });

  it('gives up after a few attempts with a 503, so that the caller tries again later', async () => {
    const workflow = new WorkflowSketch(() =>
      Promise.reject(grpcRefusal(status.FAILED_PRECONDITION, LOST_WITH_ITS_TASK)),
    );
    const answer = callUpdate(temporal, 'the assignment', workflow.update(updateIdsOf('submit', KEY)));
    await expect(answer).rejects.toBeInstanceOf(ServiceUnavailableException);
    expect(workflow.sent).toHaveLength(4);
  });

  // Temporal checks a failing workflow task before it looks up the update's id, so the SDK's own resend of an update
  // it had admitted can be refused as not ready; the admitted update still runs once the worker is back.
  it('answers the outcome of an attempt refused as not ready that ran after all, when the workflow refuses the next as a second report', async () => {
    const workflow = new WorkflowSketch((updateId, sketch) => {
      if (sketch.sent.length > 1) return Promise.reject(secondReport());
      sketch.ran.set(updateId, 'submitted, version 1');
      return Promise.reject(grpcRefusal(status.FAILED_PRECONDITION, TASK_FAILING));
    });
    const outcome = await callUpdate(temporal, 'the assignment', workflow.update(updateIdsOf('submit', undefined)));
    expect(outcome).toBe('submitted, version 1');
    expect(workflow.lookedUp).toEqual([workflow.sent[0]]);
  });

  it("answers a retried request with what a later attempt of the first request did, though the retry's first attempt is refused", async () => {
    const workflow = new WorkflowSketch(() => Promise.reject(secondReport()));
    workflow.ran.set(`submit:${KEY}:attempt-2`, 'submitted, version 1');
    const outcome = await callUpdate(temporal, 'the assignment', workflow.update(updateIdsOf('submit', KEY)));
    expect(outcome).toBe('submitted, version 1');
    expect(workflow.sent).toEqual([`submit:${KEY}`]);
  });

  it('looks for no other attempt of a request without a key that the workflow refused at once: none was sent', async () => {
    const workflow = new WorkflowSketch(() => Promise.reject(secondReport()));
    await expect(
      callUpdate(temporal, 'the assignment', workflow.update(updateIdsOf('submit', undefined))),
    ).rejects.toBeInstanceOf(ConflictException);
    expect(workflow.lookedUp).toEqual([]);
  });
});

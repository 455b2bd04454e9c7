import { type WorkflowInterceptorsFactory, sleep, workflowInfo } from '@temporalio/workflow';

/**
 * Children started by a workflow of `parentType` are acknowledged a day late, so a test can signal the parent while
 * a start is in flight: the window is one server round trip in production, too short to hit on purpose.
 */
export const slowChildStartsOf =
  (parentType: string): WorkflowInterceptorsFactory =>
  () => ({
    outbound: [
      {
        async startChildWorkflowExecution(input, next) {
          const [started, completed] = await next(input);
          if (workflowInfo().workflowType !== parentType) return [started, completed];
          return [started.then(async (runId) => (await sleep('1 day'), runId)), completed];
        },
      },
    ],
  });

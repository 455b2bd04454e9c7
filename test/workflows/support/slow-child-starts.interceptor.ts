import { type WorkflowInterceptorsFactory, sleep, workflowInfo } from '@temporalio/workflow';

/**
 * A plan's task starts take a day to be acknowledged, so a test can signal the plan while one is in flight: the
 * window is one server round trip in production, too short to hit on purpose.
 */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [
    {
      async startChildWorkflowExecution(input, next) {
        const [started, completed] = await next(input);
        if (workflowInfo().workflowType !== 'planWorkflow') return [started, completed];
        return [started.then(async (runId) => (await sleep('1 day'), runId)), completed];
      },
    },
  ],
});

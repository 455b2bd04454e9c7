import { type Client } from '@temporalio/client';
import { type PlanWorkflowInput, searchAttributes, workflowIds } from '@dondoc/contracts';
import { untilVisible } from './visibility-count';

export interface FanOutResult {
  assignments: number;
  /** Plan start request → StartTime of the last assignment workflow, as Temporal recorded it. */
  fanOutMs: number;
  firstAssignmentAfterMs: number;
  /** When the visibility count first reached the total (polled once a second). */
  observedAfterMs: number;
}

/**
 * Starts `plan-<id>` and waits until Temporal's visibility counts one assignmentWorkflow per assignment. The
 * `assignments.workflow_id` column is no measure: openTaskPeriod writes it before the children start.
 */
export async function runFanOutPhase(
  client: Client,
  options: { planId: string; taskQueue: string; expected: number; startedAt: (ms: number) => void },
  log: (line: string) => void,
): Promise<FanOutResult> {
  const { planId, taskQueue, expected } = options;
  const query = `WorkflowType = 'assignmentWorkflow' AND DondocPlanId = '${planId}'`;
  const began = Date.now();
  options.startedAt(began);
  await client.workflow.start('planWorkflow', {
    workflowId: workflowIds.plan(planId),
    taskQueue,
    args: [{ planId } satisfies PlanWorkflowInput],
    typedSearchAttributes: [{ key: searchAttributes.planId, value: planId }],
  });
  log(`fan-out: plan-${planId} started, polling the visibility count of assignmentWorkflow`);
  await untilVisible(client, { query, expected, began, what: 'fan-out: assignment workflows' }, log);
  const observedAfterMs = Date.now() - began;

  const startTimes: number[] = [];
  for await (const execution of client.workflow.list({ query })) startTimes.push(execution.startTime.getTime());
  return {
    assignments: startTimes.length,
    fanOutMs: Math.max(...startTimes) - began,
    firstAssignmentAfterMs: Math.min(...startTimes) - began,
    observedAfterMs,
  };
}

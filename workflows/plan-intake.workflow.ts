import { proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../apps/worker/src/activities';
import { type PlanIntakeInput, type PlanIntakeState, planIntakeStateQuery } from '../libs/contracts/src';

const { recordPlan, notifyPlanReceived } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** The walking skeleton: record the plan, then tell its standing office, each step durable across crashes. */
export async function planIntakeWorkflow(input: PlanIntakeInput): Promise<PlanIntakeState> {
  const state: PlanIntakeState = { planId: input.planId, stage: 'received', notificationMessageId: null };
  setHandler(planIntakeStateQuery, () => state);

  await recordPlan(input);
  state.stage = 'recorded';
  state.notificationMessageId = await notifyPlanReceived(input);
  state.stage = 'notified';
  return state;
}

import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { type PlanIntakeInput, planIntakeStateQuery, workflowIds } from '@dondoc/contracts';
import { type Activities } from '../../apps/worker/src/activities';
import { planIntakeWorkflow } from '../../workflows';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { workflowCode } from './support/workflow-harness';

describe('planIntakeWorkflow on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
  });

  afterAll(async () => {
    await env?.teardown();
  });

  const input = (): PlanIntakeInput => ({
    planId: randomUUID(),
    number: '972/KH-UBND',
    title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
    standingOfficeEmail: 'stp@laichau.dondoc.invalid',
  });

  it('records the plan before notifying, and keeps retrying a failing mail relay until it accepts', async () => {
    const seen: string[] = [];
    let relayFailures = 2;
    const activities: Pick<Activities, 'recordPlan' | 'notifyPlanReceived'> = {
      recordPlan: (plan) => Promise.resolve(void seen.push(`record:${plan.planId}`)),
      notifyPlanReceived: (plan) => {
        seen.push(`notify:${plan.planId}`);
        if (relayFailures-- > 0) return Promise.reject(new Error('421 try again later'));
        return Promise.resolve('<message@dondoc.invalid>');
      },
    };
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      ...workflowCode(),
      activities,
    });
    const plan = input();
    const state = await worker.runUntil(
      env.client.workflow.execute(planIntakeWorkflow, {
        workflowId: workflowIds.planIntake(plan.planId),
        taskQueue,
        args: [plan],
      }),
    );

    expect(state).toEqual({
      planId: plan.planId,
      stage: 'notified',
      notificationMessageId: '<message@dondoc.invalid>',
    });
    expect(seen).toEqual([`record:${plan.planId}`, ...Array(3).fill(`notify:${plan.planId}`)]);
  });

  it('answers the state query while the worker waits on a slow activity', async () => {
    let release!: () => void;
    const recorded = new Promise<void>((resolve) => (release = resolve));
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      ...workflowCode(),
      activities: { recordPlan: () => recorded, notifyPlanReceived: () => Promise.resolve('<m@dondoc.invalid>') },
    });
    const plan = input();
    await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(planIntakeWorkflow, {
        workflowId: workflowIds.planIntake(plan.planId),
        taskQueue,
        args: [plan],
      });
      await expect(handle.query(planIntakeStateQuery)).resolves.toMatchObject({ stage: 'received' });
      release();
      await expect(handle.result()).resolves.toMatchObject({ stage: 'notified' });
    });
  });
});

import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { assignmentStateQuery, cancelSignal, reassignUpdate, workflowIds } from '@dondoc/contracts';
import { addDays, localDateOf } from '@dondoc/domain';
import { assignmentWorkflow } from '../../workflows';
import { FakeWorld } from './support/fake-activities';
import { defaultPolicy, freshTimeSkippingServer, workflowCode } from './support/workflow-harness';

describe('assignmentWorkflow reassigned to an agency the database refuses', () => {
  const server = freshTimeSkippingServer();

  it('refuses the reassignment at once, keeps the work as it was, and takes the next one', async () => {
    const world = new FakeWorld();
    const base = world.activities();
    let refusals = 0;
    const taskQueue = `test-${randomUUID()}`;
    const worker = await Worker.create({
      connection: server.env.nativeConnection,
      taskQueue,
      ...workflowCode(),
      activities: {
        ...base,
        // As the worker's interceptor turns a unique violation: final, not retried.
        recordAssignmentState: (state: Parameters<typeof base.recordAssignmentState>[0]) => {
          if (state.agencyId !== 'agency-holding') return base.recordAssignmentState(state);
          refusals += 1;
          return Promise.reject(
            ApplicationFailure.nonRetryable('duplicate key value violates unique constraint', 'DatabaseRefused'),
          );
        },
      },
    });
    const id = `reassign-${randomUUID().slice(0, 8)}`;
    const due = addDays(localDateOf(await server.env.currentTimeMs()), 30);

    const after = await worker.runUntil(async () => {
      const handle = await server.env.client.workflow.start(assignmentWorkflow, {
        workflowId: workflowIds.assignment(id),
        taskQueue,
        args: [
          {
            assignmentId: id,
            planId: 'plan-1',
            taskId: 'task-1',
            taskCode: '2.1',
            agencyId: 'agency-first',
            period: 'y1',
            due,
            policy: defaultPolicy.reminders,
            calendar: defaultPolicy.calendar,
          },
        ],
      });
      const refused = handle.executeUpdate(reassignUpdate, { args: [{ agencyId: 'agency-holding', reason: 'x' }] });
      await expect(refused).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      const kept = await handle.query(assignmentStateQuery);
      const moved = await handle.executeUpdate(reassignUpdate, { args: [{ agencyId: 'agency-next', reason: 'y' }] });
      await handle.signal(cancelSignal, { reason: 'test over' });
      await handle.result();
      return { kept, moved };
    });

    expect(refusals).toBe(1);
    expect(after.kept).toMatchObject({ agencyId: 'agency-first', status: 'pending', deadlineVersion: 1 });
    expect(after.moved).toMatchObject({ agencyId: 'agency-next', status: 'pending', deadlineVersion: 2 });
    expect(world.statusesOf(id).at(-1)).toBe('cancelled');
  });
});

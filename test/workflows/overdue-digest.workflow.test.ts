import { workflowIds } from '@dondoc/contracts';
import { addDays } from '@dondoc/domain';
import { overdueDigestWorkflow } from '../../workflows';
import {
  defaultPolicy,
  midJuneWednesday,
  sleepUntil,
  startHarness,
  testYear,
  freshTimeSkippingServer,
} from './support/workflow-harness';

describe('overdueDigestWorkflow: the standing office hears of overdue work once a working day', () => {
  const server = freshTimeSkippingServer();

  it('sends at 16:30 in Hà Nội on working days only, one run a day', async () => {
    const wednesday = midJuneWednesday(await testYear(server.env));
    const harness = await startHarness(server.env);
    await harness.run(async () => {
      await sleepUntil(server.env, `${wednesday}T12:00`);
      const digest = await server.env.client.workflow.start(overdueDigestWorkflow, {
        workflowId: workflowIds.overdueDigest(),
        taskQueue: harness.taskQueue,
        args: [{ sendTime: '16:30', calendar: defaultPolicy.calendar }],
      });
      await sleepUntil(server.env, `${addDays(wednesday, 6)}T12:00`); // to the next Tuesday, midday
      await digest.terminate('test over');
    });

    const at1630 = (date: string) => new Date(`${date}T09:30:00.000Z`).toISOString();
    expect(harness.world.digests).toEqual(
      [0, 1, 2, 5].map((days) => ({ date: addDays(wednesday, days), at: at1630(addDays(wednesday, days)) })),
    );
  });
});

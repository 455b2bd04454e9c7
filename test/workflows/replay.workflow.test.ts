import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const HISTORIES = join(__dirname, 'histories');
const histories = readdirSync(HISTORIES)
  .filter((file) => file.endsWith('.history.pb'))
  .map((file) => ({ file, history: temporal.api.history.v1.History.decode(readFileSync(join(HISTORIES, file))) }));

const workflowType = (history: temporal.api.history.v1.IHistory): string | null | undefined =>
  history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;

// Histories recorded by `npm run histories:record` from an earlier version of the workflows: a change that
// would break a running workflow's determinism fails here, before it reaches a worker.
describe('recorded workflow histories replay against the current workflow code', () => {
  it('covers every workflow type', () => {
    expect(new Set(histories.map(({ history }) => workflowType(history)))).toEqual(
      new Set(['taskWorkflow', 'assignmentWorkflow', 'inspectionWorkflow', 'planWorkflow']),
    );
  });

  it.each(histories.map(({ file, history }) => [file, history] as const))(
    '%s replays deterministically',
    async (file, history) => {
      await expect(
        Worker.runReplayHistory({ workflowsPath: require.resolve('../../workflows') }, history, file),
      ).resolves.toBeUndefined();
    },
  );
});

import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as contracts from '@dondoc/contracts';
import * as workflows from '../../workflows';
import { workflowCode } from './support/workflow-harness';

const HISTORIES = join(__dirname, 'histories');
const histories = readdirSync(HISTORIES)
  .filter((file) => file.endsWith('.history.pb'))
  .map((file) => {
    const bytes = readFileSync(join(HISTORIES, file));
    return { file, bytes, history: temporal.api.history.v1.History.decode(bytes) };
  });

const workflowType = (history: temporal.api.history.v1.IHistory): string | null | undefined =>
  history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;

// Histories recorded by `npm run histories:record` from an earlier version of the workflows: a change that
// would break a running workflow's determinism fails here, before it reaches a worker.
describe('recorded workflow histories replay against the current workflow code', () => {
  it('covers every workflow type the worker registers', () => {
    expect(new Set(histories.map(({ history }) => workflowType(history)))).toEqual(new Set(Object.keys(workflows)));
  });

  // A patch's new branch is replayed from a history recorded with it; its old branch from one recorded before it.
  it.each(Object.entries(contracts).filter(([name]) => name.endsWith('_PATCH')))(
    '%s is in a recorded history',
    (_name, patchId) => {
      expect(histories.filter(({ bytes }) => bytes.includes(patchId as string)).map(({ file }) => file)).not.toEqual(
        [],
      );
    },
  );

  it.each(histories.map(({ file, history }) => [file, history] as const))(
    '%s replays deterministically',
    async (file, history) => {
      await expect(Worker.runReplayHistory(workflowCode(), history, file)).resolves.toBeUndefined();
    },
  );
});

import { Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { type AppConfig } from '@dondoc/config';
import { type TemporalClient } from '@dondoc/temporal';
import { OverdueDigestStarter, RETRY_EVERY_MS } from './overdue-digest.starter';

const config = { temporal: { taskQueue: 'dondoc' } } as AppConfig;
const unavailable = () => Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });

type Outcome = 'refused' | 'started' | 'running';

/** A starter booted against a client whose starts answer as `outcomes` say, one each, recording each try's deadline. */
function bootedAgainst(...outcomes: Outcome[]) {
  const deadlines: number[] = [];
  const start = jest.fn(() => {
    const outcome = outcomes.shift() ?? 'refused';
    if (outcome === 'refused') return Promise.reject(unavailable());
    if (outcome === 'running') {
      return Promise.reject(new WorkflowExecutionAlreadyStartedError('running', 'overdue-digest', 'overdueDigest'));
    }
    return Promise.resolve({});
  });
  const temporal = {
    workflow: { start },
    withAbortSignal: (_signal: AbortSignal, call: () => Promise<unknown>) => call(),
    withDeadline: (deadline: number, call: () => Promise<unknown>) => {
      deadlines.push(deadline - Date.now());
      return call();
    },
  } as unknown as TemporalClient;
  const starter = new OverdueDigestStarter(temporal, config);
  starter.onApplicationBootstrap();
  return { starter, start, deadlines };
}

describe('OverdueDigestStarter', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('tries again while Temporal does not answer, until the digest is started', async () => {
    const { starter, start } = bootedAgainst('refused', 'refused', 'started');
    await jest.advanceTimersByTimeAsync(RETRY_EVERY_MS - 1);
    expect(start).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(2 * RETRY_EVERY_MS);
    expect(start).toHaveBeenCalledTimes(3);
    await jest.advanceTimersByTimeAsync(5 * RETRY_EVERY_MS);
    expect(start).toHaveBeenCalledTimes(3);
    await starter.beforeApplicationShutdown();
  });

  it('takes a digest another API instance started as started', async () => {
    const { starter, start } = bootedAgainst('running');
    await jest.advanceTimersByTimeAsync(5 * RETRY_EVERY_MS);
    expect(start).toHaveBeenCalledTimes(1);
    await starter.beforeApplicationShutdown();
  });

  it('stops at once when the API stops between tries, and tries no more', async () => {
    const { starter, start } = bootedAgainst('refused');
    await jest.advanceTimersByTimeAsync(1_000);
    // Resolves with no timer advanced: the pause before the next try ends with the stop.
    await starter.beforeApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5 * RETRY_EVERY_MS);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('bounds each try by a deadline of a few seconds, so that a stop never waits long for one', async () => {
    const { starter, deadlines } = bootedAgainst('refused', 'started');
    await jest.advanceTimersByTimeAsync(RETRY_EVERY_MS);
    await starter.beforeApplicationShutdown();
    expect(deadlines).toHaveLength(2);
    for (const deadline of deadlines) expect(deadline).toBeLessThanOrEqual(5_000);
  });
});

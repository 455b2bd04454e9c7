import { freePort } from '@dondoc/devstack';
import { eventually } from '../support/orchestration';
import { stackConfig } from '../support/stack-apps';
import { type WorkerProcess, spawnWorker } from '../support/worker-process';

/** An operator scrapes each worker's SDK metrics with Prometheus: its polls, its slots, how long its tasks waited. */
describe('the worker process with WORKER_METRICS_ADDRESS', () => {
  let worker: WorkerProcess | undefined;
  afterAll(() => worker?.stop());

  it('serves its SDK’s metrics there, labelled with its task queue, once it polls', async () => {
    const address = `127.0.0.1:${await freePort()}`;
    const config = stackConfig({ WORKER_METRICS_ADDRESS: address });
    worker = spawnWorker(config);
    await worker.ready;
    const scrape = await eventually(
      () =>
        fetch(`http://${address}/metrics`).then(
          (response) => response.text(),
          () => 'not served',
        ),
      (text) => /^temporal_num_pollers\{[^}]*poller_type="workflow_task"/m.test(text),
      { what: `metrics at ${address}` },
    );
    const pollers = scrape
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('temporal_num_pollers{') && line.includes(`task_queue="${config.temporal.taskQueue}"`),
      );
    expect(pollers.length).toBeGreaterThan(0);
    // Durations in seconds, as Prometheus names them.
    expect(scrape).toMatch(/^temporal_request_latency_bucket\{[^}]*le="0.05"/m);
  });
});

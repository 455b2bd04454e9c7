import { snapshotOf, timeBetween, workerMetrics } from './prometheus-timings';

const source = workerMetrics(['http://worker/metrics'], new Map([['dondoc-queue-1234', 'dondoc']]));

/** A scrape with one timed histogram per operation, each with the time and count given. */
function scrape(operations: Array<[string, string, number, number]>): string {
  return operations
    .flatMap(([metric, operation, seconds, count]) => [
      `${metric}_sum{task_queue="dondoc-queue-1234",operation="${operation}"} ${seconds}`,
      `${metric}_count{task_queue="dondoc-queue-1234",operation="${operation}"} ${count}`,
    ])
    .join('\n');
}

describe('the SDK timings between two scrapes', () => {
  const waited = 'temporal_workflow_task_schedule_to_start_latency';
  // Long polls and requests outweigh a short burst's waits by far: more such rows than the table shows.
  const busy = Array.from({ length: 30 }, (_, i): [string, string, number, number] => [
    'temporal_long_request_latency',
    `Operation${i}`,
    60 + i,
    1,
  ]);

  it("keeps the wait to be taken, though thirty rows took longer, under the queue's short name", () => {
    const before = snapshotOf(
      source,
      scrape([...busy.map(([m, o]): (typeof busy)[number] => [m, o, 0, 0]), [waited, '', 0, 0]]),
    );
    const after = snapshotOf(source, scrape([...busy, [waited, '', 0.012, 6]]));

    const rows = timeBetween(source, before, after);

    expect(rows.length).toBeLessThan(busy.length + 1);
    expect(rows.find(([metric]) => metric === waited)).toEqual([waited, 'dondoc', '', '6', '2.00 ms', '', '0.0 s']);
  });

  it('leaves out what was not observed in the window', () => {
    const same = snapshotOf(source, scrape([[waited, '', 0.012, 6]]));

    expect(timeBetween(source, same, same)).toEqual([]);
  });
});

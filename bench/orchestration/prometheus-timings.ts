import { table } from './bench-report';

/** A histogram's observations over a window: how many, the time they took in all, and how many took at most each bound. */
interface Observed {
  count: number;
  seconds: number;
  atMost: Map<number, number>;
}

const nothingObserved = (): Observed => ({ count: 0, seconds: 0, atMost: new Map() });

type Snapshot = Map<string, Observed>;

/**
 * Where a scrape comes from (several processes' alike, summed: each worker process serves its own), and which of its
 * labels say where the time went (the others are summed over).
 */
export interface MetricsSource {
  urls: readonly string[];
  /** The first label is a column of its own (the server's service, the worker's task queue). */
  where: readonly [string, ...string[]];
  /** Counted, not timed. */
  counters: ReadonlySet<string>;
  /** Shorter names for some label values (a task queue's random name). */
  names?: ReadonlyMap<string, string>;
  /** Timings shown though many others took longer: small beside the waits, but what the reader came for. */
  kept: RegExp;
}

const SAMPLE = /^([a-z_]+?)(_sum|_count|_bucket|)(?:\{([^}]*)\})? (\S+)$/;
const LABEL = /(\w+)="([^"]*)"/g;
/** Its other histograms count sizes, not time. */
const TIMINGS = /latency|duration/;

/** The Temporal server's, from `--metrics-port`: workflow tasks that outwaited their sticky queue are counted. */
export const serverMetrics = (url: string): MetricsSource => ({
  urls: [url],
  where: ['service_name', 'operation', 'task_type'],
  counters: new Set(['schedule_to_start_timeout']),
  // The store's own time is what a shard's single writer holds its lock for.
  kept: /^persistence_latency$/,
});

/**
 * The SDK's, from the worker's runtime (durations in seconds): its polls and their answers, where each workflow task
 * ran (the sticky cache) and how long it waited to be taken.
 */
export const workerMetrics = (urls: readonly string[], names: ReadonlyMap<string, string>): MetricsSource => ({
  urls,
  where: ['task_queue', 'operation', 'poller_type', 'worker_type', 'workflow_type', 'activity_type'],
  counters: new Set(
    [
      'sticky_cache_hit',
      'sticky_cache_miss',
      'sticky_cache_total_forced_eviction',
      'workflow_task_queue_poll_succeed',
      'workflow_task_queue_poll_empty',
      'workflow_task_execution_failed',
      'local_activity_total',
    ].map((name) => `temporal_${name}`),
  ),
  names,
  // How long a workflow task waited to be taken: a burst's delay that is neither the server's nor dondoc's code.
  kept: /^temporal_workflow_task_schedule_to_start_latency$/,
});

/** The labels of a Prometheus sample line, by name. */
const labelsOf = (labels: string) => new Map([...labels.matchAll(LABEL)].map(([, name, label]) => [name, label]));

/** The sum of a gauge's samples in a scrape whose labels `match`. */
export function gaugeSum(scrape: string, name: string, match: (labels: Map<string, string>) => boolean): number {
  let sum = 0;
  for (const line of scrape.split('\n')) {
    const sample = SAMPLE.exec(line);
    if (sample?.[1] === name && sample[2] === '' && match(labelsOf(sample[3] ?? ''))) sum += Number(sample[4]);
  }
  return sum;
}

/** A source's Prometheus histograms and counters, summed by metric and place. */
export async function scrapeMetrics(source: MetricsSource): Promise<Snapshot> {
  const texts = await Promise.all(source.urls.map(async (url) => (await fetch(url)).text()));
  return snapshotOf(source, texts.join('\n'));
}

/** The histograms and counters of a source's scrapes, joined. */
export function snapshotOf(source: MetricsSource, scrapes: string): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const line of scrapes.split('\n')) {
    const sample = SAMPLE.exec(line);
    if (!sample) continue;
    const [, metric, part, labels = '', value] = sample;
    if (part === '' ? !source.counters.has(metric) : !TIMINGS.test(metric)) continue;
    const found = labelsOf(labels);
    const bound = found.get('le') === '+Inf' ? Infinity : Number(found.get('le'));
    const place = source.where.map((name) => {
      const label = found.get(name) ?? '';
      return source.names?.get(label) ?? label;
    });
    const key = [metric, ...place].join('|');
    const observed = snapshot.get(key) ?? nothingObserved();
    if (part === '_sum') observed.seconds += Number(value);
    else if (part === '_bucket') observed.atMost.set(bound, (observed.atMost.get(bound) ?? 0) + Number(value));
    else observed.count += Number(value);
    snapshot.set(key, observed);
  }
  return snapshot;
}

/**
 * The bound under which half of a window's observations fell. Beside the mean it shows a typical one where a few
 * long ones weigh (a long poll that waited before the window and returned in it).
 */
function median(before: Observed, after: Observed): number | undefined {
  const count = after.count - before.count;
  const bounds = [...after.atMost.keys()].sort((a, b) => a - b);
  return bounds.find((bound) => (after.atMost.get(bound) ?? 0) - (before.atMost.get(bound) ?? 0) >= count / 2);
}

/** The time between two scrapes, most first, then what was counted: what each operation cost during a phase. */
export function timeBetween(
  source: MetricsSource,
  before: Snapshot,
  after: Snapshot,
  rows = 25,
): Array<[string, ...string[]]> {
  const spent = [...after].map(([key, later]) => {
    const earlier = before.get(key) ?? nothingObserved();
    const half = later.atMost.size > 0 ? median(earlier, later) : undefined;
    return { key, count: later.count - earlier.count, seconds: later.seconds - earlier.seconds, half };
  });
  const counted = (key: string) => source.counters.has(key.split('|')[0]);
  const row = ({ key, count, seconds, half }: (typeof spent)[number]): [string, ...string[]] => {
    const [metric, first, ...rest] = key.split('|');
    const timed = !counted(key);
    return [
      metric,
      first,
      rest.filter(Boolean).join(' '),
      String(count),
      timed ? `${((seconds / count) * 1000).toFixed(2)} ms` : '',
      half === undefined ? '' : half === Infinity ? 'over the last bound' : `≤ ${+(half * 1000).toFixed(2)} ms`,
      timed ? `${seconds.toFixed(1)} s` : '',
    ];
  };
  const counts = spent.filter(({ key, count }) => count > 0 && counted(key));
  const timed = spent.filter(({ key, count }) => count > 0 && !counted(key)).sort((a, b) => b.seconds - a.seconds);
  const kept = timed.slice(rows).filter(({ key }) => source.kept.test(key.split('|')[0]));
  return [...timed.slice(0, rows), ...kept, ...counts].map(row);
}

export function printTimings(label: string, whose: string, source: MetricsSource, rows: Array<[string, ...string[]]>) {
  const first = source.where[0] === 'service_name' ? 'service' : source.where[0].replace('_', ' ');
  const header: [string, ...string[]] = ['metric', first, 'where', 'count', 'mean', 'half took', 'total'];
  process.stdout.write(`\n-- ${label}: ${whose} own timings\n${table([header, ...rows])}\n`);
}

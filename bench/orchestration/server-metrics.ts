import { table } from './bench-report';

/** A histogram's observations over a window: how many, and the time they took in all. */
interface Observed {
  count: number;
  seconds: number;
}

type Snapshot = Map<string, Observed>;

const SAMPLE = /^([a-z_]+?)(_sum|_count|)(?:\{([^}]*)\})? (\S+)$/;
const LABEL = /(\w+)="([^"]*)"/g;
/** Its other histograms count sizes, not time. */
const TIMINGS = /latency|duration/;
/** Counted, not timed: workflow tasks that waited past their sticky queue's timeout and went again, shared. */
const COUNTERS = new Set(['schedule_to_start_timeout']);
/** The labels that say where in the server the time went; the others (namespace, task queue…) are summed over. */
const WHERE = ['service_name', 'operation', 'task_type'];
const PERSISTENCE = 'persistence_latency|';

/** The Temporal server's Prometheus histograms, summed by metric and place: from `--metrics-port`. */
export async function scrapeServerMetrics(url: string): Promise<Snapshot> {
  const text = await (await fetch(url)).text();
  const snapshot: Snapshot = new Map();
  for (const line of text.split('\n')) {
    const sample = SAMPLE.exec(line);
    if (!sample) continue;
    const [, metric, part, labels = '', value] = sample;
    if (part === '' ? !COUNTERS.has(metric) : !TIMINGS.test(metric)) continue;
    const found = new Map([...labels.matchAll(LABEL)].map(([, name, label]) => [name, label]));
    const key = [metric, ...WHERE.map((name) => found.get(name) ?? '')].join('|');
    const observed = snapshot.get(key) ?? { count: 0, seconds: 0 };
    if (part === '_sum') observed.seconds += Number(value);
    else observed.count += Number(value);
    snapshot.set(key, observed);
  }
  return snapshot;
}

/** The server's time between two scrapes, most first: what each operation cost it during the burst. */
export function serverTimeBetween(before: Snapshot, after: Snapshot, rows = 25): Array<[string, ...string[]]> {
  const spent = [...after].map(([key, { count, seconds }]) => {
    const earlier = before.get(key) ?? { count: 0, seconds: 0 };
    return { key, count: count - earlier.count, seconds: seconds - earlier.seconds };
  });
  const row = ({ key, count, seconds }: (typeof spent)[number]): [string, ...string[]] => {
    const [metric, service, operation, taskType] = key.split('|');
    const timed = !COUNTERS.has(metric);
    return [
      metric,
      service,
      [operation, taskType].filter(Boolean).join(' '),
      String(count),
      timed ? `${((seconds / count) * 1000).toFixed(2)} ms` : '',
      timed ? `${seconds.toFixed(1)} s` : '',
    ];
  };
  const counted = spent.filter(({ key, count }) => count > 0 && COUNTERS.has(key.split('|')[0]));
  const timed = spent
    .filter(({ key, count }) => count > 0 && !COUNTERS.has(key.split('|')[0]))
    .sort((a, b) => b.seconds - a.seconds);
  // The store's own time is small beside the waits, but it is what a shard's single writer holds its lock for.
  const stored = timed.slice(rows).filter(({ key }) => key.startsWith(PERSISTENCE));
  return [...timed.slice(0, rows), ...stored, ...counted].map(row);
}

export function printServerTime(label: string, rows: Array<[string, ...string[]]>): void {
  const header: [string, ...string[]] = ['metric', 'service', 'operation', 'count', 'mean', 'total'];
  process.stdout.write(`\n-- ${label}: the Temporal server's own timings\n${table([header, ...rows])}\n`);
}

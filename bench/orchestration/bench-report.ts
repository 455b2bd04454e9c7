import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LagStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles, in milliseconds. */
export function lagStats(samples: number[]): LagStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}

/** A label column and one value column per run (the first row may name them). */
export function table(rows: Array<[string, ...string[]]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  const columns = Math.max(...rows.map((row) => row.length - 1));
  const line = `+${'-'.repeat(width + 2)}${`+${'-'.repeat(24)}`.repeat(columns)}+`;
  const cells = (values: string[]) =>
    Array.from({ length: columns }, (_, i) => ` ${(values[i] ?? '').padStart(22)} |`).join('');
  return [line, ...rows.map(([label, ...values]) => `| ${label.padEnd(width)} |${cells(values)}`), line].join('\n');
}

export const perSecond = (count: number, ms: number): string => `${(count / (ms / 1000)).toFixed(1)}/s`;
/** Two rates side by side, as a multiple of the second. */
export const ratio = (rate: number, base: number): string => `${(rate / base).toFixed(2)}×`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** bench/results (git-ignored), or BENCH_RESULTS_DIR: the smoke runs in npm test write to a temp dir. */
export function resultsDir(): string {
  const dir = process.env.BENCH_RESULTS_DIR ?? join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** <results dir>/<name>-<time>.json; answers the file written. */
export function writeResults(name: string, results: Record<string, unknown>): string {
  const dir = resultsDir();
  const file = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

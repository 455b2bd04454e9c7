import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parsePlanText } from '@dondoc/plan-import';

const SEEDS = path.resolve(__dirname, '../../shared/seeds');
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function time(text: string): { median: number; p95: number } {
  for (let i = 0; i < 10; i++) parsePlanText(text);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    parsePlanText(text);
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

/** Seed 003's task section (III) repeated with renumbered groups, inside its own preamble and closing parts. */
function syntheticPlan(seed: string, copies: number): string {
  const start = seed.indexOf('III. NHIỆM VỤ');
  const end = seed.indexOf('IV. KINH PHÍ');
  const section = seed.slice(start, end).split('\n').slice(1).join('\n');
  const renumbered = Array.from({ length: copies }, (_, copy) =>
    section.replace(/^(\s*)(\d{1,2})(\.(?:\d{1,2}\.)?\s)/gm, (_m, pad: string, n: string, rest: string) => {
      return `${pad}${Number(n) + copy * 9}${rest}`;
    }),
  );
  return `${seed.slice(0, start)}III. NHIỆM VỤ, GIẢI PHÁP\n${renumbered.join('\n')}${seed.slice(end)}`;
}

const fmt = (n: number) => n.toFixed(2).padStart(8);
const rows: string[] = [];
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
for (const file of seedFiles) {
  const text = readFileSync(path.join(SEEDS, file), 'utf8');
  const { median, p95 } = time(text);
  rows.push(`${file.padEnd(30)} ${String(text.length).padStart(7)} ${fmt(median)} ${fmt(p95)}`);
}
const seed003 = readFileSync(path.join(SEEDS, seedFiles.find((f) => f.startsWith('003')) ?? ''), 'utf8');
const big = syntheticPlan(seed003, 4);
const { median, p95 } = time(big);
const tasks = parsePlanText(big).tasks.length;
rows.push(
  `${`synthetic ~30 pages (${tasks} tasks)`.padEnd(30)} ${String(big.length).padStart(7)} ${fmt(median)} ${fmt(p95)}`,
);
console.log(
  `runs per document: ${RUNS}\n${'document'.padEnd(30)} ${'chars'.padStart(7)} ${'median'.padStart(8)} ${'p95'.padStart(8)} (ms)`,
);
console.log(rows.join('\n'));

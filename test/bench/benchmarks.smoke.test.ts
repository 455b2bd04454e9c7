import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Each benchmark at a tiny size, so that none rots between the runs that measure: it must finish and its figures
// must hold together. No figure here is a speed goal (those are in docs/performance.md).
const root = resolve(__dirname, '..', '..');
const resultDirs: string[] = [];
afterAll(() => resultDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs a benchmark with a results folder of its own, so that two may run at once. */
function runBench(script: string, args: string[], nodeOptions: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const resultsDir = mkdtempSync(join(tmpdir(), 'dondoc-bench-smoke-'));
  resultDirs.push(resultsDir);
  return new Promise<{ code: number | null; output: string; resultsDir: string }>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, '-r', 'ts-node/register/transpile-only', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env, BENCH_RESULTS_DIR: resultsDir },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolvePromise({ code, output, resultsDir }));
  });
}

function result<T>(resultsDir: string, prefix: string): T {
  const file = readdirSync(resultsDir).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no ${prefix} results in ${resultsDir}`);
  return JSON.parse(readFileSync(join(resultsDir, file), 'utf8')) as T;
}

describe('benchmarks, at a tiny size', () => {
  // These two mostly wait for a minute's instant, each on a stack of its own: side by side, they wait once.
  it.concurrent(
    'orchestration: every assignment starts and every reminder arrives once',
    async () => {
      const { code, output, resultsDir } = await runBench('bench/orchestration.bench.ts', [
        // Six minutes: near midnight in Hà Nội the bench waits for the next day before it lays out the plan.
        ...['--tasks', '2', '--agencies', '3', '--hello', '10', '--send-after', '0', '--timeout-minutes', '6'],
        // A second worker process shares the task queue, as `--workers 1,2` compares on the cluster.
        ...['--temporal', 'dev-server', '--workers', '2'],
        '--server-metrics',
        '--worker-metrics',
        '--cpu',
      ]);
      expect({ code, tail: output.slice(-2_000) }).toMatchObject({ code: 0 });
      expect(output).toMatch(/reminders: ratio to hello/);
      expect(output).toMatch(/fan-out: ratio to bare children/);
      expect(output).toMatch(/fan-out: ratio to bare children after dondoc's plan/);
      expect(output).toMatch(/reminders: ratio to bare timers/);
      expect(output).toMatch(/burst: local activities in flight/);
      expect(output).toMatch(/reminder burst, dev-server-2: the Temporal server's own timings/);
      // Which rows lead the table depends on the run; a tiny burst still times some of the history service's work.
      expect(output).toMatch(
        /reminder burst, dev-server-2: the Temporal server's own timings\n[^]*?\| +\w+ +\| +history +\|/,
      );
      // The SDK's own: how long dondoc's reminders waited to be taken, under its task queue's short name, summed over
      // both workers (the server gives a wake to either, and either may have all six).
      const [, waited] =
        /reminder burst, dev-server-2: the workers' SDK's own timings\n[^]*?\| +temporal_workflow_task_schedule_to_start_latency +\| +dondoc +\| +\| +(\d+) +\|/.exec(
          output,
        ) ?? [];
      expect(Number(waited)).toBeGreaterThan(0);
      // And, sampled through the burst, the polls the SDK kept open: a number, not the placeholder of a run without it.
      expect(output).toMatch(/\| burst: workflow task polls open \(SDK\), mean \/ max +\| +[\d.]+ \/ \d+ +\|/);
      // Per child and per timer, the CPU of dondoc's phases sits beside the CPU of the same shape bare.
      for (const [phase, done] of [
        ['bare children, until the last started', 'started'],
        ['bare timers, from their instant', 'fired'],
        ['fan-out, until the last assignment started', 'started'],
        ["bare children after dondoc's plan, until the last started", 'started'],
        ['reminder burst', 'delivered'],
      ])
        expect(output).toMatch(
          new RegExp(
            `${phase}, dev-server-2: CPU by part of the stack over [\\d.]+ s, 6 ${done}\\n[^]*?\\| Temporal +\\| +[\\d.]+ \\| +[\\d.]+ \\| +[\\d.]+ \\|`,
          ),
        );
      // The sink parses the mails in a process of its own, not as the in-process worker's CPU; the cores no part used
      // show too.
      expect(output).toMatch(/reminder burst, dev-server-2: CPU by part[^]*?\| bench: the mail sink's process +\|/);
      expect(output).toMatch(/reminder burst, dev-server-2: CPU by part[^]*?\| machine: idle +\| +[\d.]+ \|/);
      // Each wake's history splits its wait between the timer queue, the task queue and the worker, for both bursts:
      // the bare children's, and the reminders' in their two task workflows.
      expect(output).toMatch(
        /dev-server-2: where a wake at the instant waited[^]*?bare timers, 6 +\| +reminders, 2[^]*?\| started → completed \(the worker, its local activities\) +\| +[\d.]+ s \/ [\d.]+ s \| +[\d.]+ s \/ [\d.]+ s \|/,
      );
      const {
        runs: [run],
      } = result<{
        runs: Array<{
          mode: string;
          workers: number;
          hello: { workflows: number };
          engine: { children: number; timersFired: number };
          engineAfter: { children: number };
          fanOut: { assignments: number };
          reminders: {
            received: number;
            duplicateMessageIds: number;
            duplicateRecipientTasks: number;
            outboxSent: number;
          };
        }>;
      }>(resultsDir, 'orchestration-');
      expect(run).toMatchObject({ mode: 'dev-server', workers: 2 });
      expect(run.hello.workflows).toBe(10);
      expect(run.engine).toMatchObject({ children: 6, timersFired: 6 });
      expect(run.engineAfter.children).toBe(6);
      expect(run.fanOut.assignments).toBe(6);
      expect(run.reminders).toMatchObject({
        received: 6,
        duplicateMessageIds: 0,
        duplicateRecipientTasks: 0,
        outboxSent: 6,
      });
    },
    420_000,
  );

  it.concurrent(
    'lone reminder: one sample, in the sink within the minute it was due',
    async () => {
      const { code, output, resultsDir } = await runBench('bench/lone-reminder.bench.ts', [
        '--samples',
        '1',
        '--timeout-minutes',
        '6',
      ]);
      expect({ code, tail: output.slice(-2_000) }).toMatchObject({ code: 0 });
      const { lags } = result<{ lags: number[] }>(resultsDir, 'lone-reminder-');
      expect(lags).toHaveLength(1);
      expect(lags[0]).toBeGreaterThanOrEqual(0);
      expect(lags[0]).toBeLessThan(60_000);
    },
    420_000,
  );

  it('report exports: a small plan exported in each format within its memory cap', async () => {
    const { code, output, resultsDir } = await runBench(
      'bench/report-export.bench.ts',
      ['--assignments', '300', '--agencies', '20'],
      ['--expose-gc', '--max-old-space-size=96'],
    );
    expect({ code, tail: output.slice(-2_000) }).toMatchObject({ code: 0 });
    expect(Object.keys(result<Record<string, unknown>>(resultsDir, 'report-export-')).length).toBeGreaterThan(1);
  }, 300_000);

  it('api: both read routes answered by the API and by the bare app, every response 2xx', async () => {
    const { code, output, resultsDir } = await runBench('bench/api.bench.ts', [
      ...['--assignments', '300', '--agencies', '20', '--seconds', '1', '--rate', '50'],
    ]);
    expect({ code, tail: output.slice(-2_000) }).toMatchObject({ code: 0 });
    type Run = { requestsPerSecond: number; non2xx: number };
    type Server = { max: Run; fixed: Run };
    const { routes } = result<{ routes: Record<string, { dondoc: Server; bare: Server }> }>(resultsDir, 'api-');
    expect(Object.keys(routes).sort()).toEqual(['assignments', 'progress']);
    for (const { dondoc, bare } of Object.values(routes)) {
      for (const run of [dondoc.max, dondoc.fixed, bare.max, bare.fixed]) expect(run.non2xx).toBe(0);
      expect(dondoc.max.requestsPerSecond).toBeGreaterThan(0);
      expect(bare.max.requestsPerSecond).toBeGreaterThan(0);
    }
    expect(output).toMatch(/Execution Time/);
  }, 300_000);

  it('persistence: dondoc and raw pg open a period and write the outbox, every row verified, every rate positive', async () => {
    const { code, output, resultsDir } = await runBench('bench/persistence.bench.ts', [
      ...['--assignments', '50', '--rounds', '1', '--mails', '50', '--concurrency', '5'],
    ]);
    expect({ code, tail: output.slice(-2_000) }).toMatchObject({ code: 0 });
    type Measurement = { rowsPerSecond: number; rounds: number[] };
    const run = result<{ openPeriod: Record<string, unknown>; outbox: Record<string, unknown> }>(
      resultsDir,
      'persistence-',
    );
    const measurements = [run.openPeriod, run.outbox].flatMap((part) =>
      Object.entries(part).filter((entry): entry is [string, Measurement] => typeof entry[1] === 'object'),
    );
    expect(measurements.map(([name]) => name).sort()).toEqual(
      ['dondoc', 'raw', 'dondoc', 'rawMultiRowInsert', 'rawSameStatements', 'rawSetBased'].sort(),
    );
    for (const [, { rowsPerSecond, rounds }] of measurements) {
      expect(rowsPerSecond).toBeGreaterThan(0);
      expect(rounds).toHaveLength(1);
    }
    expect(output).toMatch(/open period: dondoc \/ raw/);
  }, 300_000);

  it('smtp: dondoc and nodemailer as shipped send every mail to the sink, every rate positive', async () => {
    const { code, output, resultsDir } = await runBench('bench/smtp.bench.ts', [
      ...['--mails', '20', '--connections', '1,2', '--rounds', '1'],
    ]);
    expect({ code, tail: output.slice(-2_000) }).toMatchObject({ code: 0 });
    type Measurement = { rowsPerSecond: number; rounds: number[] };
    const { results } = result<{
      results: Array<{ connections: number; dondoc: Measurement; asShipped: Measurement }>;
    }>(resultsDir, 'smtp-');
    expect(results.map(({ connections }) => connections)).toEqual([1, 2]);
    for (const { rowsPerSecond, rounds } of results.flatMap(({ dondoc, asShipped }) => [dondoc, asShipped])) {
      expect(rowsPerSecond).toBeGreaterThan(0);
      expect(rounds).toHaveLength(1);
    }
    expect(output).toMatch(/2 connection\(s\): dondoc \/ as shipped/);
  }, 120_000);

  it('plan parse: every seed and every upload form read, the scan by OCR', async () => {
    const { code, output, resultsDir } = await runBench('bench/plan-parse.bench.ts', [], [], {
      BENCH_RUNS: '2',
      BENCH_FORM_RUNS: '1',
      BENCH_SCAN_LINES: '150',
    });
    expect({ code, tail: output.slice(-2_000) }).toMatchObject({ code: 0 });
    const report = readFileSync(join(resultsDir, 'plan-parse.txt'), 'utf8');
    expect(report).toMatch(/synthetic ~30 pages \.pdf/);
    expect(report).toMatch(/003 scan, OCR per page \(2\)/);
  }, 300_000);
});

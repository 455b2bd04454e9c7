// A plain script, not a test: `npm run bench:reports -- --assignments 100000`. It runs in a 96 MB heap, so an
// export that held its rows would fail here rather than report a peak the garbage collector had not yet reclaimed.
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { type Actor } from '@dondoc/auth';
import {
  AgencyRepository,
  AssignmentHistoryRepository,
  CalendarAdjustmentRepository,
  PlanRepository,
  ScoringRubricRepository,
  TaskRepository,
  dataSourceOptions,
} from '@dondoc/persistence';
import { ReportExportsService } from '../apps/api/src/report-exports/report-exports.service';
import { type ExportFormat, writeExport } from '../apps/api/src/report-exports/tabular-export';
import { RankingService } from '../apps/api/src/status-reports/ranking.service';
import { StatusReportsService } from '../apps/api/src/status-reports/status-reports.service';
import { startBenchDatabase } from './orchestration/bench-stack';
import { seconds, table } from './orchestration/bench-report';
import { benchLog, runBench } from './orchestration/bench-run';
import { seedReportPlan } from './orchestration/seed-report-plan';

const { values: flags } = parseArgs({
  options: { assignments: { type: 'string', default: '100000' }, agencies: { type: 'string', default: '1000' } },
});
const ASSIGNMENTS = Number(flags.assignments);
const AGENCIES = Math.min(Number(flags.agencies), ASSIGNMENTS);
const SMALL = Math.max(1, Math.floor(ASSIGNMENTS / 10));

const log = benchLog();
const stops: Array<() => Promise<void>> = [];
const COORDINATOR: Actor = {
  userId: null,
  email: 'bench@dondoc.invalid',
  role: 'coordinator',
  agencyId: null,
  province: null,
  link: null,
};

/** Counts the bytes an export writes, as a slow-enough client would take them. */
function countingSink(): { sink: Writable; bytes: () => number } {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  return { sink, bytes: () => bytes };
}

async function measure(exports: ReportExportsService, planId: string, format: ExportFormat, rows: number) {
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  let peakRss = baseline.rss;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 20);
  const started = Date.now();
  const { sink, bytes } = countingSink();
  await writeExport(format, await exports.progress(COORDINATOR, planId, { asOf: '2026-07-31' }), sink);
  const elapsed = Date.now() - started;
  clearInterval(sampler);
  const mb = (value: number) => value / 1024 / 1024;
  return {
    format,
    rows,
    seconds: elapsed / 1000,
    rowsPerSecond: Math.round(rows / (elapsed / 1000)),
    megabytesWritten: Number(mb(bytes()).toFixed(1)),
    peakHeapGrowthMb: Number(mb(peakHeap - baseline.heapUsed).toFixed(1)),
    peakRssGrowthMb: Number(mb(peakRss - baseline.rss).toFixed(1)),
  };
}

async function main(): Promise<Record<string, unknown>> {
  const url = await startBenchDatabase(stops, log);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  stops.push(() => dataSource.destroy());
  const reports = new StatusReportsService(
    new AssignmentHistoryRepository(dataSource),
    new CalendarAdjustmentRepository(dataSource),
    new PlanRepository(dataSource),
    new TaskRepository(dataSource),
    new AgencyRepository(dataSource),
  );
  const exports = new ReportExportsService(
    reports,
    new RankingService(reports, new ScoringRubricRepository(dataSource), new AgencyRepository(dataSource)),
    new TaskRepository(dataSource),
    new AgencyRepository(dataSource),
  );
  log(`seeding ${SMALL} and ${ASSIGNMENTS} assignments`);
  const small = await seedReportPlan(dataSource, SMALL, AGENCIES);
  const large = await seedReportPlan(dataSource, ASSIGNMENTS, AGENCIES);
  const runs = [];
  for (const format of ['xlsx', 'csv'] as const) {
    for (const [planId, rows] of [
      [small, SMALL],
      [large, ASSIGNMENTS],
    ] as const) {
      log(`${format}: ${rows} rows`);
      runs.push(await measure(exports, planId, format, rows));
    }
  }
  const rows: Array<[string, string]> = runs.flatMap((run) => [
    [`${run.format} ${run.rows} rows: time`, seconds(run.seconds * 1000)],
    [`${run.format} ${run.rows} rows: rows/s`, String(run.rowsPerSecond)],
    [`${run.format} ${run.rows} rows: written`, `${run.megabytesWritten} MB`],
    [`${run.format} ${run.rows} rows: peak heap growth`, `${run.peakHeapGrowthMb} MB`],
    [`${run.format} ${run.rows} rows: peak RSS growth`, `${run.peakRssGrowthMb} MB`],
  ]);
  for (const format of ['xlsx', 'csv']) {
    const [few, many] = runs.filter((run) => run.format === format);
    rows.push([
      `${format}: heap growth ×10 rows`,
      `${(many.peakHeapGrowthMb / Math.max(few.peakHeapGrowthMb, 1)).toFixed(2)}×`,
    ]);
  }
  process.stdout.write(`${table(rows)}\n`);
  return { assignments: ASSIGNMENTS, agencies: AGENCIES, runs };
}

runBench('report-export', main, { stops, log, timeoutMs: 15 * 60_000 });

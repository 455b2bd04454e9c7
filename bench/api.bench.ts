// A plain script, not a test: `npm run bench:api -- --assignments 10000 --seconds 10 --rate 300`. The API and the
// bare Express app share this process with the load's worker thread and PostgreSQL shares the machine: compare the
// two servers with each other, not with a lone production host.
import 'reflect-metadata';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { freePort } from '@dondoc/devstack';
import { dataSourceOptions } from '@dondoc/persistence';
import { type LoadFigures, drive } from './orchestration/api-load';
import { startBareReadApi } from './orchestration/bare-read-api';
import { startBenchApi } from './orchestration/bench-api';
import { ratio, resultsDir, table } from './orchestration/bench-report';
import { benchLog, runBench } from './orchestration/bench-run';
import { printProfile, profiled } from './orchestration/cpu-profile';
import { startBenchDatabase } from './orchestration/bench-stack';
import { activateReportPlan, seedReportPlan } from './orchestration/seed-report-plan';
import { type Statement, captureStatements, explain, shortSql } from '../test/support/sql-capture';

const { values: flags } = parseArgs({
  options: {
    assignments: { type: 'string', default: '10000' },
    agencies: { type: 'string', default: '330' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '300' },
    // Also profile dondoc's API at its highest rate on each route: a .cpuprofile in bench/results and the hottest
    // functions printed.
    profile: { type: 'boolean', default: false },
  },
});
const ASSIGNMENTS = Number(flags.assignments);
const AGENCIES = Math.min(Number(flags.agencies), ASSIGNMENTS);
const SECONDS = Number(flags.seconds);
const RATE = Number(flags.rate);
const WARM_UP_SECONDS = Math.min(2, SECONDS);

const log = benchLog();
const stops: Array<() => Promise<void>> = [];

interface ServerRun {
  max: LoadFigures;
  fixed: LoadFigures;
  statementsPerRequest: number;
}

async function getJson(url: string, authorization: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { authorization } });
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** The same body from both, apart from what the bare app does not work out (the next period, from the schedules). */
function sameAnswer(route: string, api: Record<string, unknown>, bare: Record<string, unknown>): void {
  if (!isDeepStrictEqual({ ...api, nextPeriod: null }, { ...bare, nextPeriod: null })) {
    throw new Error(`${route}: the bare app answers otherwise than the API:\n${JSON.stringify({ api, bare })}`);
  }
}

async function loaded(
  label: string,
  url: string,
  authorization: string,
): Promise<Omit<ServerRun, 'statementsPerRequest'>> {
  await drive({ url, authorization, seconds: WARM_UP_SECONDS });
  const runs = {
    max: await drive({ url, authorization, seconds: SECONDS }),
    fixed: await drive({ url, authorization, seconds: SECONDS, rate: RATE }),
  };
  for (const [mode, figures] of Object.entries(runs)) {
    if (figures.non2xx > 0 || figures.errors > 0) {
      throw new Error(`${label} at ${mode} rate: ${figures.non2xx} non-2xx responses, ${figures.errors} errors`);
    }
  }
  log(`${label}: ${runs.max.requestsPerSecond}/s at most, p99 ${runs.fixed.p99Ms} ms at ${RATE}/s`);
  return runs;
}

async function profileRoute(route: string, url: string, authorization: string): Promise<void> {
  const file = join(resultsDir(), `api-${route}-${Date.now()}.cpuprofile`);
  const { result, ...profile } = await profiled(file, () => drive({ url, authorization, seconds: SECONDS }));
  log(`${route} dondoc profiled at ${result.requestsPerSecond}/s: ${file}`);
  // autocannon stops at its deadline without awaiting the answers in flight: let them finish before the next capture.
  await sleep(1000);
  printProfile(route, profile);
}

async function main(): Promise<Record<string, unknown>> {
  const databaseUrl = await startBenchDatabase(stops, log);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  stops.push(() => dataSource.destroy());
  log(`seeding ${ASSIGNMENTS} assignments over ${AGENCIES} agencies`);
  const planId = await seedReportPlan(dataSource, ASSIGNMENTS, AGENCIES);
  await activateReportPlan(dataSource, planId);

  const api = await startBenchApi(databaseUrl, stops, log);
  const bare = await startBareReadApi(databaseUrl, api.userId, await freePort());
  stops.push(bare.stop);

  const routes = { assignments: `/api/plans/${planId}/assignments`, progress: `/api/plans/${planId}/progress` };
  const results: Record<string, { dondoc: ServerRun; bare: ServerRun }> = {};
  const captured: Record<string, Statement[]> = {};
  for (const [route, path] of Object.entries(routes)) {
    let apiBody: Record<string, unknown> = {};
    const statements = await captureStatements(api.app.get(DataSource), async () => {
      apiBody = await getJson(`${api.url}${path}`, api.authorization);
    });
    const bareBefore = bare.statements();
    sameAnswer(route, apiBody, await getJson(`${bare.url}${path}`, api.authorization));
    const bareStatements = bare.statements() - bareBefore;
    results[route] = {
      dondoc: {
        ...(await loaded(`${route} dondoc`, `${api.url}${path}`, api.authorization)),
        statementsPerRequest: statements.length,
      },
      bare: {
        ...(await loaded(`${route} bare`, `${bare.url}${path}`, api.authorization)),
        statementsPerRequest: bareStatements,
      },
    };
    captured[route] = statements;
    if (flags.profile) await profileRoute(route, `${api.url}${path}`, api.authorization);
  }

  const rows: Array<[string, string]> = Object.entries(results).flatMap(([route, { dondoc, bare: floor }]) => [
    [`${route}: dondoc max rate`, `${dondoc.max.requestsPerSecond}/s`],
    [`${route}: bare max rate`, `${floor.max.requestsPerSecond}/s`],
    [`${route}: dondoc / bare rate`, ratio(dondoc.max.requestsPerSecond, floor.max.requestsPerSecond)],
    [`${route}: dondoc p50 / p99 at max`, `${dondoc.max.p50Ms} / ${dondoc.max.p99Ms} ms`],
    [`${route}: bare p50 / p99 at max`, `${floor.max.p50Ms} / ${floor.max.p99Ms} ms`],
    [`${route}: dondoc p99 at ${RATE}/s`, `${dondoc.fixed.p99Ms} ms (${dondoc.fixed.requestsPerSecond}/s)`],
    [`${route}: bare p99 at ${RATE}/s`, `${floor.fixed.p99Ms} ms (${floor.fixed.requestsPerSecond}/s)`],
    [`${route}: SQL statements a request`, `${dondoc.statementsPerRequest} dondoc, ${floor.statementsPerRequest} bare`],
  ]);
  const non2xx = Object.values(results)
    .flatMap(({ dondoc, bare: floor }) => [dondoc.max, dondoc.fixed, floor.max, floor.fixed])
    .reduce((total, run) => total + run.non2xx, 0);
  rows.push(['non-2xx responses, all runs', String(non2xx)]);
  process.stdout.write(`${table(rows)}\n`);

  const plans: Record<string, Array<{ sql: string; plan: string[] }>> = {};
  for (const [route, statements] of Object.entries(captured)) {
    plans[route] = [];
    for (const statement of statements) {
      const plan = await explain(dataSource, statement);
      plans[route].push({ sql: shortSql(statement.sql), plan });
      process.stdout.write(`\n-- ${route}: ${shortSql(statement.sql)}\n${plan.join('\n')}\n`);
    }
  }

  return {
    assignments: ASSIGNMENTS,
    agencies: AGENCIES,
    seconds: SECONDS,
    rate: RATE,
    routes: results,
    explain: plans,
  };
}

runBench('api', main, { stops, log, timeoutMs: 20 * 60_000 });

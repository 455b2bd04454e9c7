// A plain script, not a test: `npm run bench:orchestration -- --tasks 30 --agencies 100 --hello 2000`, against the
// dev server and the cluster (`--temporal dev-server,cluster`), with one or more workers (`--workers 1,2`).
import 'reflect-metadata';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { cancelPlanSignal, workflowIds } from '@dondoc/contracts';
import { atLocalTime, localDateOf } from '@dondoc/domain';
import { type TemporalMode, freePort, spawnWorkerProcess } from '@dondoc/devstack';
import { startBenchStack } from './orchestration/bench-stack';
import { startBenchWorker } from './orchestration/bench-worker';
import { perSecond, ratio, resultsDir, seconds, table } from './orchestration/bench-report';
import { type CpuUse, cpuByThread, printCores } from './orchestration/cpu-by-thread';
import { printProfile, profiled } from './orchestration/cpu-profile';
import { benchLog, runBench } from './orchestration/bench-run';
import { runFanOutPhase } from './orchestration/fan-out-phase';
import { startEnginePhase } from './orchestration/engine-phase';
import { runHelloPhase } from './orchestration/hello-phase';
import { memorySample } from './orchestration/memory';
import { sampleWorkerLoad } from './orchestration/worker-load';
import {
  type MetricsSource,
  printTimings,
  scrapeMetrics,
  serverMetrics,
  timeBetween,
  workerMetrics,
} from './orchestration/prometheus-timings';
import { runReminderPhase, waitForAssignedMails } from './orchestration/reminder-phase';
import { seedFanOutPlan } from './orchestration/seed-fan-out';
import { PLAN_SETUP_MS, sendTimeFromNow } from './orchestration/send-time';
import { untilTodayHolds } from '../test/support/local-day';
import { printTimerWaits, timerWaits } from './orchestration/timer-waits';

const { values: flags } = parseArgs({
  options: {
    tasks: { type: 'string', default: '30' },
    agencies: { type: 'string', default: '100' },
    hello: { type: 'string', default: '2000' },
    'send-after': { type: 'string', default: '3' },
    // For each stack (Temporal mode × worker count): a default run brings up two.
    'timeout-minutes': { type: 'string', default: '12' },
    temporal: { type: 'string', default: 'dev-server,cluster' },
    workers: { type: 'string', default: '1' },
    // Also profile this process (the in-process worker's activities and the SDK's main thread) during the burst.
    profile: { type: 'boolean', default: false },
    // Also the CPU each part of the stack used in each phase, the burst's from its instant (Linux's /proc).
    cpu: { type: 'boolean', default: false },
    // Also the dev server's own timings in each phase, from its Prometheus metrics.
    'server-metrics': { type: 'boolean', default: false },
    // Also the SDK's own timings in every worker (dondoc's and the bare one): polls, sticky cache, waits.
    'worker-metrics': { type: 'boolean', default: false },
  },
});
const TASKS = Number(flags.tasks);
const AGENCIES = Number(flags.agencies);
const HELLO = Number(flags.hello);
const SEND_AFTER_MINUTES = Number(flags['send-after']);
const MODES = flags.temporal.split(',').map((mode) => {
  if (mode !== 'dev-server' && mode !== 'cluster') throw new Error(`--temporal: ${mode} is not dev-server or cluster`);
  return mode;
});
const WORKER_COUNTS = flags.workers.split(',').map((count) => {
  if (!/^[1-8]$/.test(count)) throw new Error(`--workers: ${count} is not a count of workers from 1 to 8`);
  return Number(count);
});
const TIMEOUT_MS = Number(flags['timeout-minutes']) * 60_000 * MODES.length * WORKER_COUNTS.length;

/** The burst is waited for as long as ten reminders a second would take, so a slow one is measured, not cut off. */
const MIN_REMINDER_GAP_MS = 100;
/** Time enough for the bare children to start before their timers fall due: forty a second. */
const BARE_START_GAP_MS = 25;

const log = benchLog();
const SDK_GAUGES = { slotsUsed: 'workflow task slots used', pollers: 'workflow task polls open' } as const;
const TIMINGS_LEAD_MS = 1_000;
/** Where this process's workers serve the SDK's metrics, with `--worker-metrics`. */
let workerMetricsUrl: string | undefined;
const stops: Array<() => Promise<void>> = [];

/** Stops what one configuration started, newest first, so the next one has the machine to itself. */
async function teardown(runStops: Array<() => Promise<void>>): Promise<void> {
  for (const stop of runStops.splice(0).reverse()) {
    await stop().catch((error: unknown) => log(`teardown step failed: ${String(error)}`));
  }
}

/**
 * One configuration on a stack of its own: hello workflows and dondoc's shape bare for the engine's own rates, then
 * the plan's fan-out, its 'assigned' mails and its reminder burst, then the bare shape's fan-out again on the server
 * as the plan left it; with `workers` dondoc workers (one in this process, where memory is measured; the others as
 * processes of their own, as a deployment scales them).
 */
async function runOn(mode: TemporalMode, workers: number) {
  const runStops: Array<() => Promise<void>> = [];
  stops.push(() => teardown(runStops));
  try {
    log(`— Temporal ${mode}, ${workers} worker(s) —`);
    const stack = await startBenchStack(runStops, log, mode, { serverMetrics: flags['server-metrics'] });
    const { config, context, worker, client } = await startBenchWorker(stack, runStops);
    const workerMetricsUrls = workerMetricsUrl ? [workerMetricsUrl] : [];
    for (let i = 2; i <= workers; i += 1) {
      // The workers share the task queue, and which one takes a workflow's task is the server's choice: each one's.
      const metricsAddress = workerMetricsUrl ? `127.0.0.1:${await freePort()}` : '';
      if (metricsAddress) workerMetricsUrls.push(`http://${metricsAddress}/metrics`);
      const worker = spawnWorkerProcess(
        {
          NODE_ENV: config.env,
          DATABASE_URL: stack.databaseUrl,
          TEMPORAL_ADDRESS: stack.temporalAddress,
          TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
          SMTP_URL: `smtp://127.0.0.1:${stack.sink.smtpPort}`,
          WORKER_METRICS_ADDRESS: metricsAddress,
        },
        `worker-${i}`,
      );
      runStops.push(worker.stop);
      await worker.ready;
    }
    const bareQueue = `bench-bare-${randomUUID()}`;
    const bareConnection = await NativeConnection.connect({ address: stack.temporalAddress });
    runStops.push(() => bareConnection.close());
    const bareWorker = await Worker.create({
      connection: bareConnection,
      taskQueue: bareQueue,
      workflowsPath: require.resolve('./workflows'),
    });
    const bareRunning = bareWorker.run();
    runStops.push(() => (bareWorker.shutdown(), bareRunning));
    log(`${workers} worker(s) and the bare worker running`);

    /**
     * With `--server-metrics` and `--worker-metrics`, the server's and every worker's own timings from `at`
     * (now if absent) until the answer is called; with `--cpu`, the CPU each part of the stack used. A phase that
     * waits for an instant is measured from it, and `alsoThen` starts there too.
     */
    const sources: Array<[string, MetricsSource]> = [];
    if (stack.serverMetricsUrl) sources.push(["the Temporal server's", serverMetrics(stack.serverMetricsUrl)]);
    if (workerMetricsUrls.length > 0) {
      const queues = new Map([
        [config.temporal.taskQueue, 'dondoc'],
        [bareQueue, 'bare'],
      ]);
      sources.push(["the workers' SDK's", workerMetrics(workerMetricsUrls, queues)]);
    }
    const watch = async (at?: number, alsoThen?: () => void) => {
      const cpu = cpuByThread();
      let before: Array<ReturnType<typeof scrapeMetrics>> | undefined;
      const scrapeBefore = () => (before = sources.map(([, source]) => scrapeMetrics(source)));
      const begin = () => {
        alsoThen?.();
        if (flags.cpu) cpu.start();
      };
      let later: NodeJS.Timeout[] = [];
      if (at === undefined) {
        begin();
        await Promise.all(scrapeBefore());
      } else {
        // The timings from a little before the instant: a wake taken at it is the phase's, though this timer be late.
        if (Date.now() > at - TIMINGS_LEAD_MS)
          log('WARNING: timings start after the instant they measure from: run with a later --send-after');
        later = [setTimeout(scrapeBefore, at - TIMINGS_LEAD_MS - Date.now()), setTimeout(begin, at - Date.now())];
      }
      return async (label: string, done: { what: string; count: number }): Promise<CpuUse> => {
        later.forEach(clearTimeout);
        const used = cpu.stop();
        const phase = `${label}, ${mode}-${workers}`;
        for (const [index, earlier] of (before ?? []).entries()) {
          const [whose, source] = sources[index];
          printTimings(phase, whose, source, timeBetween(source, await earlier, await scrapeMetrics(source)));
        }
        if (flags.cpu) printCores(phase, used, done);
        return used;
      };
    };
    const timed = async <T>(
      label: string,
      phase: () => Promise<T>,
      done: { what: string; count: (result: T) => number },
    ): Promise<T> => {
      const report = await watch();
      const result = await phase();
      await report(label, { what: done.what, count: done.count(result) });
      return result;
    };
    const bareCrewsOptions = { taskQueue: bareQueue, parents: TASKS, children: AGENCIES };
    const hello = await timed('hello', () => runHelloPhase(client, bareQueue, HELLO, log), {
      what: 'completed',
      count: (run) => run.workflows,
    });
    const bareCrews = await timed(
      'bare children, until the last started',
      () =>
        startEnginePhase(
          client,
          { ...bareCrewsOptions, instantAfterMs: Math.max(15_000, TASKS * AGENCIES * BARE_START_GAP_MS) },
          log,
        ),
      { what: 'started', count: () => TASKS * AGENCIES },
    );
    const timersWatched = await watch(bareCrews.instant);
    const engine = await bareCrews.timers();
    await timersWatched('bare timers, from their instant', { what: 'fired', count: engine.timersFired });
    const bareWaits = await timerWaits(client, await bareCrews.childIds(), bareCrews.instant);
    const memoryBefore = memorySample();

    await untilTodayHolds((SEND_AFTER_MINUTES + 2) * 60_000 + PLAN_SETUP_MS);
    const today = localDateOf(Date.now());
    const sendTime = sendTimeFromNow(SEND_AFTER_MINUTES, PLAN_SETUP_MS);
    const sendAt = atLocalTime(today, sendTime);
    const expected = TASKS * AGENCIES;
    log(`seeding ${TASKS} tasks × ${AGENCIES} agencies due ${today}, due-day reminder at ${sendTime} (Hà Nội)`);
    const { planId } = await seedFanOutPlan(context, { tasks: TASKS, agencies: AGENCIES, today, sendTime });
    if (localDateOf(Date.now()) !== today) throw new Error('the day changed in Hà Nội while seeding: run again');
    runStops.push(async () => {
      await client.workflow.getHandle(workflowIds.plan(planId)).signal(cancelPlanSignal, { reason: 'benchmark over' });
      log('plan cancelled');
    });
    let planStartedAt = 0;
    const fanOut = await timed(
      'fan-out, until the last assignment started',
      () =>
        runFanOutPhase(
          client,
          { planId, taskQueue: config.temporal.taskQueue, expected, startedAt: (ms) => (planStartedAt = ms) },
          log,
        ),
      { what: 'started', count: (started) => started.assignments },
    );
    if (planStartedAt + fanOut.fanOutMs > sendAt)
      log('WARNING: fan-out ended after the send time: the reminders went out as each started, not at once');
    const assigned = await waitForAssignedMails(stack.sink, { expected, until: sendAt }, log);
    if (assigned.received < expected)
      log('WARNING: assigned mails still going out at the send time: run with a later --send-after');
    const burst = () =>
      runReminderPhase(
        stack.sink,
        context.get(DataSource),
        { sendAt, expected, graceMs: Math.max(180_000, expected * MIN_REMINDER_GAP_MS) },
        log,
      );
    const load = sampleWorkerLoad(worker, workerMetricsUrl);
    const burstWatched = await watch(sendAt, load.start);
    const reminders = flags.profile ? await profiledBurst(`${mode}-${workers}`, burst) : await burst();
    const workerLoad = load.stop();
    const coresInBurst = await burstWatched('reminder burst', { what: 'delivered', count: reminders.received });
    // The task periods hold the reminders' timers (TASK_NOTICES_PATCH), one a task.
    const taskPeriods = await context
      .get(DataSource)
      .query<Array<{ task_id: string; period: string }>>(
        'SELECT DISTINCT task_id, period FROM assignments WHERE plan_id = $1 ORDER BY task_id',
        [planId],
      );
    const burstWaits = await timerWaits(
      client,
      taskPeriods.map(({ task_id: taskId, period }) => workflowIds.task(taskId, period)),
      sendAt,
    );
    printTimerWaits(`${mode}-${workers}`, [
      ['bare timers', bareWaits],
      ['reminders', burstWaits],
    ]);

    // Every assignment is open now, waiting for its report: what this worker holds for them (the sink's mails are in
    // its own process). Shared with other workers, its share of the workflows is unknown: memory is measured with one
    // worker only.
    await sleep(2_000);
    const memoryAfter = memorySample();
    const openWorkflows = expected + TASKS + 1;
    const memory =
      workers === 1
        ? {
            cachedWorkflows: config.temporal.cachedWorkflows,
            openWorkflows,
            before: memoryBefore,
            after: memoryAfter,
            perWorkflowMiB:
              (memoryAfter.rssMiB - memoryBefore.rssMiB) / Math.min(openWorkflows, config.temporal.cachedWorkflows),
          }
        : null;
    // Once more on the server as dondoc's plan leaves it, so the fan-out meets a baseline on the same server twice.
    // Their timers fall due after the run: only their start is measured.
    const bareAfter = await timed(
      "bare children after dondoc's plan, until the last started",
      () => startEnginePhase(client, { ...bareCrewsOptions, instantAfterMs: 3_600_000 }, log),
      { what: 'started', count: () => TASKS * AGENCIES },
    );
    const engineAfter = await bareAfter.started();
    return {
      mode,
      workers,
      sendTime,
      today,
      hello,
      engine,
      engineAfter,
      fanOut,
      planStartedAt,
      assigned,
      reminders,
      workerLoad,
      memory,
      coresInBurst,
      waits: { bareTimers: bareWaits, reminders: burstWaits },
    };
  } finally {
    await teardown(runStops);
  }
}

async function profiledBurst<T>(label: string, burst: () => Promise<T>): Promise<T> {
  const file = join(resultsDir(), `orchestration-burst-${label}-${Date.now()}.cpuprofile`);
  const { result, ...profile } = await profiled(file, burst);
  log(`reminder burst profiled: ${file}`);
  printProfile(`reminder burst, ${label}`, profile);
  return result;
}

type Run = Awaited<ReturnType<typeof runOn>>;

function rowsOf(runs: Run[]): Array<[string, ...string[]]> {
  const each = (label: string, value: (run: Run) => string): [string, ...string[]] => [label, ...runs.map(value)];
  const helloRate = (run: Run) => run.hello.workflows / run.hello.totalMs;
  const memoryOf = (run: Run, value: (memory: NonNullable<Run['memory']>) => string) =>
    run.memory ? value(run.memory) : '— (one worker only)';
  return [
    each('Temporal, dondoc workers', (run) => `${run.mode}, ${run.workers}`),
    each(`hello: ${HELLO} workflows, start → completion`, (run) => seconds(run.hello.totalMs)),
    each('hello: workflows/second', (run) => perSecond(run.hello.workflows, run.hello.totalMs)),
    each('hello: start calls/second', (run) => perSecond(run.hello.workflows, run.hello.startMs)),
    each(`bare children: ${TASKS * AGENCIES} of ${TASKS} parents, started/second`, (run) =>
      perSecond(run.engine.children, run.engine.fanOutMs),
    ),
    each('bare timers: due at one instant, fired/second (instant → last)', (run) =>
      run.engine.burstMs === null ? '— (a child started late)' : perSecond(run.engine.timersFired, run.engine.burstMs),
    ),
    each(`fan-out: ${TASKS * AGENCIES} assignment workflows`, (run) => seconds(run.fanOut.fanOutMs)),
    each('fan-out: assignments started/second', (run) => perSecond(run.fanOut.assignments, run.fanOut.fanOutMs)),
    each('fan-out: ratio to hello', (run) => ratio(run.fanOut.assignments / run.fanOut.fanOutMs, helloRate(run))),
    each('fan-out: ratio to bare children', (run) =>
      ratio(run.fanOut.assignments / run.fanOut.fanOutMs, run.engine.children / run.engine.fanOutMs),
    ),
    each(`bare children after dondoc's plan: ${TASKS * AGENCIES}, started/second`, (run) =>
      perSecond(run.engineAfter.children, run.engineAfter.fanOutMs),
    ),
    each("fan-out: ratio to bare children after dondoc's plan", (run) =>
      ratio(run.fanOut.assignments / run.fanOut.fanOutMs, run.engineAfter.children / run.engineAfter.fanOutMs),
    ),
    each('fan-out: first assignment after', (run) => seconds(run.fanOut.firstAssignmentAfterMs)),
    each(
      "fan-out: 'assigned' mails, plan start → last",
      (run) => `${run.assigned.received}, ${seconds(run.assigned.lastAt - run.planStartedAt)}`,
    ),
    each('reminders: received / expected', (run) => `${run.reminders.received} / ${run.reminders.expected}`),
    each(
      'reminders: duplicates (Message-ID, agency+task)',
      (run) => `${run.reminders.duplicateMessageIds}, ${run.reminders.duplicateRecipientTasks}`,
    ),
    each('reminders: outbox rows sent', (run) => String(run.reminders.outboxSent)),
    each('reminders: delivered/second (instant → last)', (run) =>
      perSecond(run.reminders.received, run.reminders.lag.max),
    ),
    each('reminders: ratio to hello', (run) => ratio(run.reminders.received / run.reminders.lag.max, helloRate(run))),
    each('reminders: ratio to bare timers', (run) =>
      run.engine.burstMs === null
        ? '— (not measured)'
        : ratio(run.reminders.received / run.reminders.lag.max, run.engine.timersFired / run.engine.burstMs),
    ),
    each('reminder lag p50', (run) => seconds(run.reminders.lag.p50)),
    each('reminder lag p95', (run) => seconds(run.reminders.lag.p95)),
    each('reminder lag p99', (run) => seconds(run.reminders.lag.p99)),
    each('reminder lag max (min)', (run) => `${seconds(run.reminders.lag.max)} (${seconds(run.reminders.lag.min)})`),
    each(
      'burst: local activities in flight, mean / max (of the task slots)',
      (run) =>
        `${run.workerLoad.localActivities.mean.toFixed(1)} / ${run.workerLoad.localActivities.max} (${run.workerLoad.slots ?? 'resource-based'})`,
    ),
    each(
      'burst: workflow activations in flight, mean / max',
      (run) => `${run.workerLoad.activations.mean.toFixed(1)} / ${run.workerLoad.activations.max}`,
    ),
    ...(['slotsUsed', 'pollers'] as const).map((gauge) =>
      each(`burst: ${SDK_GAUGES[gauge]} (SDK), mean / max`, (run) => {
        const sampled = run.workerLoad.sdk?.[gauge];
        return sampled ? `${sampled.mean.toFixed(1)} / ${sampled.max}` : '— (--worker-metrics)';
      }),
    ),
    each('memory: open workflows, cache', (run) =>
      memoryOf(run, (memory) => `${memory.openWorkflows}, ${memory.cachedWorkflows}`),
    ),
    each('memory: RSS before fan-out → after', (run) =>
      memoryOf(run, (memory) => `${memory.before.rssMiB.toFixed(0)} → ${memory.after.rssMiB.toFixed(0)} MiB`),
    ),
    each('memory: per cached workflow', (run) => memoryOf(run, (memory) => `${memory.perWorkflowMiB.toFixed(3)} MiB`)),
  ];
}

async function main(): Promise<Record<string, unknown>> {
  if (flags['worker-metrics']) workerMetricsUrl = `http://127.0.0.1:${await freePort()}/metrics`;
  Runtime.install({
    logger: new DefaultLogger('WARN'),
    ...(workerMetricsUrl && {
      telemetryOptions: {
        metrics: { prometheus: { bindAddress: new URL(workerMetricsUrl).host, useSecondsForDurations: true } },
      },
    }),
  });
  const runs: Run[] = [];
  for (const mode of MODES) for (const workers of WORKER_COUNTS) runs.push(await runOn(mode, workers));
  process.stdout.write(`${table(rowsOf(runs))}\n`);
  return {
    at: new Date().toISOString(),
    parameters: { tasks: TASKS, agencies: AGENCIES, hello: HELLO, temporal: MODES, workers: WORKER_COUNTS },
    machine: { cpus: cpus().length, node: process.version },
    runs,
  };
}

runBench('orchestration', main, { stops, log, timeoutMs: TIMEOUT_MS });

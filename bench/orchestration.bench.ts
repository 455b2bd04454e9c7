// A plain script, not a test: `npm run bench:orchestration -- --tasks 30 --agencies 100 --hello 2000`.
import 'reflect-metadata';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { cancelPlanSignal, workflowIds } from '@dondoc/contracts';
import { atLocalTime, localDateOf } from '@dondoc/domain';
import { startBenchStack } from './orchestration/bench-stack';
import { startBenchWorker } from './orchestration/bench-worker';
import { perSecond, ratio, seconds, table } from './orchestration/bench-report';
import { benchLog, runBench } from './orchestration/bench-run';
import { runFanOutPhase } from './orchestration/fan-out-phase';
import { runHelloPhase } from './orchestration/hello-phase';
import { memorySample } from './orchestration/memory';
import { runReminderPhase, waitForAssignedMails } from './orchestration/reminder-phase';
import { seedFanOutPlan } from './orchestration/seed-fan-out';
import { sendTimeFromNow } from './orchestration/send-time';

const { values: flags } = parseArgs({
  options: {
    tasks: { type: 'string', default: '30' },
    agencies: { type: 'string', default: '100' },
    hello: { type: 'string', default: '2000' },
    'send-after': { type: 'string', default: '3' },
    'timeout-minutes': { type: 'string', default: '10' },
  },
});
const TASKS = Number(flags.tasks);
const AGENCIES = Number(flags.agencies);
const HELLO = Number(flags.hello);
const SEND_AFTER_MINUTES = Number(flags['send-after']);
const TIMEOUT_MS = Number(flags['timeout-minutes']) * 60_000;

const log = benchLog();
const stops: Array<() => Promise<void>> = [];

async function main(): Promise<Record<string, unknown>> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const stack = await startBenchStack(stops, log);
  const { config, context, client } = await startBenchWorker(stack, stops);
  const helloQueue = `bench-hello-${randomUUID()}`;
  const helloConnection = await NativeConnection.connect({ address: stack.temporalAddress });
  stops.push(() => helloConnection.close());
  const helloWorker = await Worker.create({
    connection: helloConnection,
    taskQueue: helloQueue,
    workflowsPath: require.resolve('./workflows/hello.workflow'),
  });
  const helloRunning = helloWorker.run();
  stops.push(() => (helloWorker.shutdown(), helloRunning));
  log('worker and hello worker running');

  const hello = await runHelloPhase(client, helloQueue, HELLO, log);
  const memoryBefore = memorySample();

  const today = localDateOf(Date.now());
  const sendTime = sendTimeFromNow(SEND_AFTER_MINUTES);
  const sendAt = atLocalTime(today, sendTime);
  const expected = TASKS * AGENCIES;
  log(`seeding ${TASKS} tasks × ${AGENCIES} agencies due ${today}, due-day reminder at ${sendTime} (Hà Nội)`);
  const { planId } = await seedFanOutPlan(context, { tasks: TASKS, agencies: AGENCIES, today, sendTime });
  if (localDateOf(Date.now()) !== today) throw new Error('the day changed in Hà Nội while seeding: run again');
  stops.push(async () => {
    await client.workflow.getHandle(workflowIds.plan(planId)).signal(cancelPlanSignal, { reason: 'benchmark over' });
    log('plan cancelled');
  });
  let planStartedAt = 0;
  const fanOut = await runFanOutPhase(
    client,
    { planId, taskQueue: config.temporal.taskQueue, expected, startedAt: (ms) => (planStartedAt = ms) },
    log,
  );
  if (planStartedAt + fanOut.fanOutMs > sendAt) log('WARNING: fan-out ended after the send time; reminders are lost');
  const assigned = await waitForAssignedMails(stack.sink, { expected, until: sendAt }, log);
  if (assigned.received < expected)
    log('WARNING: assigned mails still going out at the send time: run with a later --send-after');
  const reminders = await runReminderPhase(
    stack.sink,
    context.get(DataSource),
    { sendAt, expected, graceMs: 180_000 },
    log,
  );

  // Every assignment is open now, waiting for its report: what the worker holds for them, less the sink's mails.
  stack.sink.clear();
  await sleep(2_000);
  const memoryAfter = memorySample();
  const openWorkflows = expected + TASKS + 1;
  const memory = {
    cachedWorkflows: config.temporal.cachedWorkflows,
    openWorkflows,
    before: memoryBefore,
    after: memoryAfter,
    perWorkflowMiB:
      (memoryAfter.rssMiB - memoryBefore.rssMiB) / Math.min(openWorkflows, config.temporal.cachedWorkflows),
  };

  const rows: Array<[string, string]> = [
    [`hello: ${hello.workflows} workflows, start → completion`, seconds(hello.totalMs)],
    ['hello: workflows/second', perSecond(hello.workflows, hello.totalMs)],
    ['hello: start calls/second', perSecond(hello.workflows, hello.startMs)],
    [`fan-out: ${fanOut.assignments} assignment workflows`, seconds(fanOut.fanOutMs)],
    ['fan-out: assignments started/second', perSecond(fanOut.assignments, fanOut.fanOutMs)],
    ['fan-out: ratio to hello', ratio(fanOut.assignments / fanOut.fanOutMs, hello.workflows / hello.totalMs)],
    ['fan-out: first assignment after', seconds(fanOut.firstAssignmentAfterMs)],
    [`fan-out: ${assigned.received} 'assigned' mails, plan start → last`, seconds(assigned.lastAt - planStartedAt)],
    ['reminders: received / expected', `${reminders.received} / ${reminders.expected}`],
    [
      'reminders: duplicates (Message-ID, agency+task)',
      `${reminders.duplicateMessageIds}, ${reminders.duplicateRecipientTasks}`,
    ],
    ['reminders: outbox rows sent', String(reminders.outboxSent)],
    ['reminders: delivered/second (instant → last)', perSecond(reminders.received, reminders.lag.max)],
    ['reminders: ratio to hello', ratio(reminders.received / reminders.lag.max, hello.workflows / hello.totalMs)],
    ['reminder lag p50', seconds(reminders.lag.p50)],
    ['reminder lag p95', seconds(reminders.lag.p95)],
    ['reminder lag p99', seconds(reminders.lag.p99)],
    ['reminder lag max (min)', `${seconds(reminders.lag.max)} (${seconds(reminders.lag.min)})`],
    [`memory: ${openWorkflows} open, cache ${memory.cachedWorkflows}`, `${memoryAfter.rssMiB.toFixed(0)} MiB RSS`],
    ['memory: RSS before fan-out', `${memoryBefore.rssMiB.toFixed(0)} MiB`],
    ['memory: per cached workflow', `${memory.perWorkflowMiB.toFixed(3)} MiB`],
  ];
  process.stdout.write(`${table(rows)}\n`);
  return {
    at: new Date().toISOString(),
    parameters: { tasks: TASKS, agencies: AGENCIES, hello: HELLO, sendTime, today },
    machine: { cpus: cpus().length, node: process.version },
    hello,
    fanOut,
    assigned,
    reminders,
    memory,
  };
}

runBench('orchestration', main, { stops, log, timeoutMs: TIMEOUT_MS });

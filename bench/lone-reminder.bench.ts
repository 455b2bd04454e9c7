// A plain script, not a test: `npm run bench:lone-reminder -- --samples 200` (one sample a minute: reminders are
// set to the minute, and each sample must be alone).
import 'reflect-metadata';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { cancelPlanSignal, workflowIds } from '@dondoc/contracts';
import { atLocalTime, localDateOf } from '@dondoc/domain';
import { lagStats, seconds, table } from './orchestration/bench-report';
import { benchLog, runBench } from './orchestration/bench-run';
import { startBenchStack } from './orchestration/bench-stack';
import { startBenchWorker } from './orchestration/bench-worker';
import { runFanOutPhase } from './orchestration/fan-out-phase';
import { type BenchMail } from './orchestration/bench-sink';
import { benchMails } from './orchestration/reminder-phase';
import { seedFanOutPlan } from './orchestration/seed-fan-out';
import { PLAN_SETUP_MS, sendTimeFromNow } from './orchestration/send-time';
import { untilTodayHolds } from '../test/support/local-day';

const { values: flags } = parseArgs({
  options: { samples: { type: 'string', default: '10' }, 'timeout-minutes': { type: 'string' } },
});
const SAMPLES = Number(flags.samples);
const TIMEOUT_MS = Number(flags['timeout-minutes'] ?? SAMPLES * 1.2 + 5) * 60_000;

const log = benchLog();
const stops: Array<() => Promise<void>> = [];

async function mailTo(find: () => Promise<BenchMail | undefined>, until: number): Promise<BenchMail | undefined> {
  for (let mail = await find(); Date.now() < until; mail = await find()) {
    if (mail) return mail;
    await sleep(100);
  }
  return find();
}

async function main(): Promise<Record<string, unknown>> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const stack = await startBenchStack(stops, log);
  const { config, context, client } = await startBenchWorker(stack, stops);
  const lags: number[] = [];
  for (let sample = 1; sample <= SAMPLES; sample += 1) {
    await untilTodayHolds(2 * 60_000 + PLAN_SETUP_MS);
    const sendTime = sendTimeFromNow(0, PLAN_SETUP_MS);
    const today = localDateOf(Date.now());
    const sendAt = atLocalTime(today, sendTime);
    const codePrefix = `LONE${sample}`;
    const recipient = `${codePrefix.toLowerCase()}-0001@bench.dondoc.invalid`;
    const { planId } = await seedFanOutPlan(context, { tasks: 1, agencies: 1, today, sendTime, codePrefix });
    await runFanOutPhase(
      client,
      { planId, taskQueue: config.temporal.taskQueue, expected: 1, startedAt: () => {} },
      () => {},
    );
    const reminder = await mailTo(
      async () => (await benchMails(stack.sink, 'Nhắc hạn báo cáo')).find((mail) => mail.to.includes(recipient)),
      sendAt + 60_000,
    );
    await client.workflow.getHandle(workflowIds.plan(planId)).signal(cancelPlanSignal, { reason: 'sample taken' });
    if (!reminder) throw new Error(`sample ${sample}: no reminder within a minute of ${sendTime}`);
    lags.push(Date.parse(reminder.receivedAt) - sendAt);
    log(`sample ${sample}/${SAMPLES}: due ${sendTime} (Hà Nội), in the sink after ${seconds(lags.at(-1)!)}`);
  }
  const lag = lagStats(lags);
  process.stdout.write(
    `${table([
      ['lone reminders: samples', String(lag.count)],
      ['lag p50 (instant → sink)', seconds(lag.p50)],
      ['lag p95', seconds(lag.p95)],
      ['lag p99', seconds(lag.p99)],
      ['lag max (min)', `${seconds(lag.max)} (${seconds(Math.min(...lags))})`],
    ])}\n`,
  );
  return { at: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, lag, lags };
}

runBench('lone-reminder', main, { stops, log, timeoutMs: TIMEOUT_MS });

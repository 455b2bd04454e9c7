import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDevstackConfig } from '@dondoc/config';
import { type TemporalMode, freePort, freeServerPort, startEmbeddedPostgres, startLocalStack } from '@dondoc/devstack';
import { migrateDatabase } from '@dondoc/persistence';
import { type BenchSink, startBenchSink } from './bench-sink';

export interface BenchStack {
  databaseUrl: string;
  temporalAddress: string;
  /** The dev server's Prometheus metrics, when asked for. */
  serverMetricsUrl?: string;
  sink: BenchSink;
}

/**
 * The local stack's services (libs/devstack's one starter), in a temp dir on free ports: embedded PostgreSQL
 * (migrated) and Temporal (`mode`: the dev server in memory, or the real server on PostgreSQL; DONDOC_TEMPORAL by
 * default), and the mail sink in a process of its own. Each stop is pushed at once, so a failure half-way still tears
 * down what started.
 */
export async function startBenchStack(
  stops: Array<() => Promise<void>>,
  log: (line: string) => void,
  mode: TemporalMode = loadDevstackConfig().temporal.mode,
  options: { serverMetrics?: boolean } = {},
) {
  const config = loadDevstackConfig();
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-bench-'));
  stops.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const metricsPort = options.serverMetrics && mode === 'dev-server' ? await freePort() : undefined;
  const sink = await startBenchSink(stops);
  const stack = await startLocalStack({
    config: {
      ...config,
      databaseUrl: undefined,
      smtpUrl: `smtp://127.0.0.1:${sink.smtpPort}`,
      temporal: { ...config.temporal, address: undefined },
    },
    database: 'dondoc_bench',
    postgres: { dataDir: join(dir, 'postgres'), port: await freeServerPort(), persistent: false },
    temporal: {
      mode,
      port: await freePort(),
      dataDir: mode === 'cluster' ? join(dir, 'temporal') : undefined,
      metricsPort,
    },
    mailSink: { smtpPort: 0, httpPort: 0 }, // unused: smtpUrl names the bench's sink
    quiet: true,
  });
  stops.push(stack.stop);
  log(`Temporal ${mode} on ${stack.temporal.address}, PostgreSQL in ${dir}, mail sink on SMTP ${sink.smtpPort}`);
  return {
    databaseUrl: stack.databaseUrl,
    temporalAddress: stack.temporal.address,
    serverMetricsUrl: metricsPort ? `http://127.0.0.1:${metricsPort}/metrics` : undefined,
    sink,
  } satisfies BenchStack;
}

/** Embedded PostgreSQL in a temp dir, migrated: all a benchmark of the database side needs. */
export async function startBenchDatabase(
  stops: Array<() => Promise<void>>,
  log: (line: string) => void,
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-bench-pg-'));
  stops.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const postgres = await startEmbeddedPostgres({
    dataDir: join(dir, 'data'),
    port: await freeServerPort(),
    persistent: false,
  });
  stops.push(postgres.stop);
  await postgres.createDatabase('dondoc_bench');
  const url = postgres.urlFor('dondoc_bench');
  await migrateDatabase(url);
  log(`PostgreSQL in ${dir}, migrated`);
  return url;
}

// Global setup runs outside jest's module map, so the @dondoc/* aliases come from tsconfig-paths.
import 'tsconfig-paths/register';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadDevstackConfig } from '@dondoc/config';
import { freePort, freeServerPort, startLocalStack, step } from '@dondoc/devstack';
import { type StackHandles } from './stack-handles';
import { bundleWorkflowsForRun } from './workflow-bundle';

/**
 * One real stack per run: its own database (created here, dropped in teardown), Temporal (the dev server, or the
 * real server on PostgreSQL with DONDOC_TEMPORAL=cluster) and a mail sink.
 */
export default async function setup(): Promise<void> {
  const config = loadDevstackConfig();
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-stack-'));
  const database = `dondoc_test_${process.pid}_${Date.now()}`;
  // First, so that a bundling error leaves no service running.
  await bundleWorkflowsForRun(dir);
  const stack = await startLocalStack({
    config: { ...config, smtpUrl: undefined, temporal: { ...config.temporal, address: undefined } },
    database,
    postgres: { dataDir: join(dir, 'postgres'), port: await freeServerPort(), persistent: false },
    temporal: {
      mode: config.temporal.mode,
      port: await freePort(),
      // The dev server keeps its state in memory; the cluster writes its configuration here.
      dataDir: config.temporal.mode === 'cluster' ? join(dir, 'temporal') : undefined,
    },
    mailSink: { smtpPort: 0, httpPort: 0 },
    quiet: true,
  });
  const stops: StackHandles['stops'] = [
    async () => {
      await stack.stop();
      if (config.databaseUrl) await dropDatabase(config.databaseUrl, database);
      rmSync(dir, { recursive: true, force: true });
    },
  ];
  Object.assign(process.env, {
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.temporal.address,
    SMTP_URL: stack.smtpUrl,
    MAIL_SINK_URL: `http://127.0.0.1:${stack.mailSink!.httpPort}`,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  });
  (globalThis as { dondocStack?: StackHandles }).dondocStack = { stops };
  const temporal = `Temporal ${config.temporal.mode} ${stack.temporal.address}`;
  step(`test stack: PostgreSQL ${database}, ${temporal}, SMTP ${stack.mailSink!.smtpPort}`);
}

async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).finally(() => client.end());
}

// Global setup runs outside jest's module map, so the @dondoc/* aliases come from tsconfig-paths.
import 'tsconfig-paths/register';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadDevstackConfig } from '@dondoc/config';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import {
  freePort,
  resolveTemporalCli,
  startEmbeddedPostgres,
  startMailSink,
  startTemporalDevServer,
  step,
} from '@dondoc/devstack';
import { migrateDatabase } from '@dondoc/persistence';
import { type StackHandles } from './stack-handles';

/** One real stack per run: its own database (created here, dropped in teardown), Temporal dev server and mail sink. */
export default async function setup(): Promise<void> {
  const config = loadDevstackConfig();
  const stops: Array<() => Promise<void>> = [];
  const database = `dondoc_test_${process.pid}_${Date.now()}`;

  const [temporal, databaseUrl] = await Promise.all([
    (async () => {
      const server = await startTemporalDevServer({
        cli: await resolveTemporalCli({ explicit: config.temporal.cli, cacheDir: config.cacheDir }),
        port: await freePort(),
        searchAttributes: searchAttributeDeclarations,
        quiet: true,
      });
      stops.push(server.stop);
      return server;
    })(),
    (async () => {
      if (config.databaseUrl) return createOnExternalServer(config.databaseUrl, database, stops);
      const dataDir = mkdtempSync(join(tmpdir(), 'dondoc-pg-'));
      const postgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'data'),
        port: await freePort(),
        persistent: false,
      });
      stops.push(async () => {
        await postgres.stop();
        rmSync(dataDir, { recursive: true, force: true });
      });
      await postgres.createDatabase(database);
      return postgres.urlFor(database);
    })(),
  ]);
  await migrateDatabase(databaseUrl);
  const sink = await startMailSink({ smtpPort: 0, httpPort: 0 });
  stops.push(sink.stop);

  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporal.address,
    SMTP_URL: `smtp://127.0.0.1:${sink.smtpPort}`,
    MAIL_SINK_URL: `http://127.0.0.1:${sink.httpPort}`,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  });
  (globalThis as { dondocStack?: StackHandles }).dondocStack = { stops };
  step(`test stack: PostgreSQL ${database}, Temporal ${temporal.address}, SMTP ${sink.smtpPort}`);
}

async function createOnExternalServer(
  adminUrl: string,
  database: string,
  stops: Array<() => Promise<void>>,
): Promise<string> {
  const admin = async (sql: string): Promise<void> => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${database}"`);
  stops.push(() => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

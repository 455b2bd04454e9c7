import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { type DevstackConfig } from '@dondoc/config';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import { migrateDatabase } from '@dondoc/persistence';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { type RunningMailSink, startMailSink } from './mail-sink';
import { step } from './progress';
import { resolveTemporalCli } from './temporal-cli';
import {
  type PostgresConnection,
  type RunningCluster,
  resolveTemporalCluster,
  startTemporalCluster,
} from './temporal-cluster';
import { type RunningTemporal, startTemporalDevServer } from './temporal-dev-server';

/** The CLI's dev server (one process, fast to start), or the real multi-service server on PostgreSQL. */
export type TemporalMode = 'dev-server' | 'cluster';

export interface LocalStackOptions {
  config: DevstackConfig;
  /** dondoc's own database, created when missing and migrated. */
  database: string;
  /** The embedded server, used unless config.databaseUrl names one. */
  postgres: { dataDir: string; port: number; persistent: boolean };
  temporal: {
    mode: TemporalMode;
    port: number;
    uiPort?: number;
    /** The dev server's database file or the cluster's config folder; the dev server is in memory without it. */
    dataDir?: string;
    /** Cluster only: each of the four services in its own process, for fault tests. */
    separateServices?: boolean;
    /** Dev server only: where it serves its Prometheus metrics. */
    metricsPort?: number;
  };
  /** The mail sink's ports, used unless config.smtpUrl names a relay. */
  mailSink: { smtpPort: number; httpPort: number };
  quiet?: boolean;
}

export interface LocalStack {
  databaseUrl: string;
  /** Absent when config.temporal.address names a server we did not start. */
  temporal: RunningTemporal | RunningCluster | { address: string; uiUrl?: undefined };
  smtpUrl: string;
  mailSink?: RunningMailSink;
  postgres?: RunningPostgres;
  stop: () => Promise<void>;
}

/**
 * The one starter of the local services, for `npm start`, the test stack and the benchmarks: PostgreSQL (embedded,
 * or the one DATABASE_URL names), Temporal (dev server or cluster, or TEMPORAL_ADDRESS), and the mail sink (or
 * SMTP_URL). Each service's stop is kept as soon as it is up, so a failure half-way tears down what started.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async (): Promise<void> => {
    for (const each of stops.splice(0).reverse()) await each().catch((error: unknown) => step(`  ${String(error)}`));
  };
  try {
    const { config } = options;
    // The cluster keeps its own databases in PostgreSQL, so the dev server alone can start beside it.
    const postgresReady = startPostgres(options, stops);
    const temporalReady = (async () => {
      if (config.temporal.address) return { address: config.temporal.address };
      if (options.temporal.mode === 'cluster') return startCluster(options, await postgresReady, stops);
      return startDevServer(options, stops);
    })();
    const [{ url: databaseUrl, postgres }, temporal] = await Promise.all([postgresReady, temporalReady]);
    const applied = await migrateDatabase(databaseUrl);
    if (applied.length > 0 && !options.quiet) step(`Applied migrations: ${applied.join(', ')}`);
    let smtpUrl = config.smtpUrl;
    let mailSink: RunningMailSink | undefined;
    if (!smtpUrl) {
      mailSink = await startMailSink(options.mailSink);
      stops.push(mailSink.stop);
      smtpUrl = `smtp://127.0.0.1:${mailSink.smtpPort}`;
    }
    return { databaseUrl, temporal, smtpUrl, mailSink, postgres, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

interface PostgresReady {
  url: string;
  connection: PostgresConnection;
  postgres?: RunningPostgres;
}

async function startPostgres(options: LocalStackOptions, stops: Array<() => Promise<void>>): Promise<PostgresReady> {
  const external = options.config.databaseUrl;
  if (external) {
    const url = new URL(external);
    const database = decodeURIComponent(url.pathname.slice(1));
    // A URL naming the database we were asked for is used as it is; another names the server to create it on.
    if (database !== options.database) await createDatabaseOn(external, options.database);
    url.pathname = `/${encodeURIComponent(options.database)}`;
    return { url: url.toString(), connection: connectionOf(url) };
  }
  const postgres = await startEmbeddedPostgres(options.postgres);
  stops.push(postgres.stop);
  await postgres.createDatabase(options.database);
  const url = postgres.urlFor(options.database);
  return { url, connection: connectionOf(new URL(url)), postgres };
}

async function createDatabaseOn(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

const connectionOf = (url: URL): PostgresConnection => ({
  host: url.hostname,
  port: Number(url.port || 5432),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
});

async function startDevServer(options: LocalStackOptions, stops: Array<() => Promise<void>>) {
  const { config, temporal } = options;
  if (temporal.dataDir) mkdirSync(temporal.dataDir, { recursive: true });
  const server = await startTemporalDevServer({
    cli: await resolveTemporalCli({ explicit: config.temporal.cli, cacheDir: config.cacheDir }),
    port: temporal.port,
    uiPort: temporal.uiPort,
    dbFilename: temporal.dataDir ? join(temporal.dataDir, 'dev.db') : undefined,
    searchAttributes: searchAttributeDeclarations,
    metricsPort: temporal.metricsPort,
    quiet: options.quiet,
  });
  stops.push(server.stop);
  return server;
}

async function startCluster(options: LocalStackOptions, postgres: PostgresReady, stops: Array<() => Promise<void>>) {
  const { config, temporal } = options;
  const cluster = await startTemporalCluster({
    binaries: await resolveTemporalCluster({
      cacheDir: config.cacheDir,
      explicit: config.temporal.cluster,
      withUi: temporal.uiPort !== undefined,
    }),
    postgres: postgres.connection,
    dir: temporal.dataDir ?? join(options.postgres.dataDir, '..', 'temporal-cluster'),
    frontendPort: temporal.port,
    uiPort: temporal.uiPort,
    searchAttributes: searchAttributeDeclarations,
    separateServices: temporal.separateServices,
    quiet: options.quiet,
  });
  stops.push(cluster.stop);
  return cluster;
}

import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Env, EnvReader } from './env-reader';

export interface DevstackConfig {
  dataDir: string;
  cacheDir: string;
  databaseUrl?: string;
  smtpUrl?: string;
  postgresPort: number;
  temporal: {
    cli?: string;
    testServer?: string;
    /** Executables to use instead of building the real server, its SQL tool and its UI server. */
    cluster: { server?: string; sqlTool?: string; uiServer?: string };
    /** Which Temporal the local stack starts: the CLI's dev server, or the real server on PostgreSQL. */
    mode: 'dev-server' | 'cluster';
    address?: string;
    port: number;
    uiPort: number;
  };
  mailSink: { smtpPort: number; httpPort: number };
  apiPort: number;
  /** A Schemathesis executable to use instead of installing it from PyPI. */
  schemathesis?: string;
}

/** What `npm start` and the test harness need to bring up (or skip) each local service. */
export function loadDevstackConfig(env: Env = process.env, projectRoot = process.cwd()): DevstackConfig {
  const read = new EnvReader(env);
  const xdgCache = read.optional('XDG_CACHE_HOME') ?? join(homedir(), '.cache');
  const config: DevstackConfig = {
    dataDir: resolve(projectRoot, read.string('DONDOC_DATA_DIR', '.data')),
    cacheDir: resolve(read.string('DONDOC_CACHE_DIR', join(xdgCache, 'dondoc'))),
    databaseUrl: read.optional('DATABASE_URL'),
    smtpUrl: read.optional('SMTP_URL'),
    postgresPort: read.integer('DONDOC_POSTGRES_PORT', 5433, { min: 1, max: 65535 }),
    temporal: {
      cli: read.optional('TEMPORAL_CLI'),
      testServer: read.optional('TEMPORAL_TEST_SERVER'),
      cluster: {
        server: read.optional('TEMPORAL_SERVER'),
        sqlTool: read.optional('TEMPORAL_SQL_TOOL'),
        uiServer: read.optional('TEMPORAL_UI_SERVER'),
      },
      mode: read.oneOf('DONDOC_TEMPORAL', 'dev-server', ['dev-server', 'cluster'] as const),
      address: read.optional('TEMPORAL_ADDRESS'),
      port: read.integer('DONDOC_TEMPORAL_PORT', 7233, { min: 1, max: 65535 }),
      uiPort: read.integer('DONDOC_TEMPORAL_UI_PORT', 8233, { min: 1, max: 65535 }),
    },
    mailSink: {
      smtpPort: read.integer('DONDOC_MAIL_SINK_SMTP_PORT', 1025, { min: 1, max: 65535 }),
      httpPort: read.integer('DONDOC_MAIL_SINK_HTTP_PORT', 1080, { min: 1, max: 65535 }),
    },
    apiPort: read.integer('PORT', 3000, { min: 1, max: 65535 }),
    schemathesis: read.optional('SCHEMATHESIS'),
  };
  read.finish();
  return config;
}

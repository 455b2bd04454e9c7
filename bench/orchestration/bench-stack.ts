import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDevstackConfig } from '@dondoc/config';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import {
  type RunningMailSink,
  freePort,
  resolveTemporalCli,
  startEmbeddedPostgres,
  startMailSink,
  startTemporalDevServer,
} from '@dondoc/devstack';
import { migrateDatabase } from '@dondoc/persistence';

export interface BenchStack {
  databaseUrl: string;
  temporalAddress: string;
  sink: RunningMailSink;
}

/**
 * The same real services as test/setup/stack.global-setup.ts: embedded PostgreSQL in a temp dir (migrated), an
 * in-memory Temporal dev server with dondoc's search attributes, and the mail sink. Each stop is pushed as soon as
 * its service is up, so a failure half-way still tears down what started.
 */
export async function startBenchStack(stops: Array<() => Promise<void>>, log: (line: string) => void) {
  const config = loadDevstackConfig();
  const [temporalAddress, databaseUrl] = await Promise.all([
    (async () => {
      const server = await startTemporalDevServer({
        cli: await resolveTemporalCli({ explicit: config.temporal.cli, cacheDir: config.cacheDir }),
        port: await freePort(),
        searchAttributes: searchAttributeDeclarations,
        quiet: true,
      });
      stops.push(server.stop);
      log(`Temporal dev server on ${server.address}`);
      return server.address;
    })(),
    startBenchDatabase(stops, log),
  ]);
  const sink = await startMailSink({ smtpPort: 0, httpPort: 0 });
  stops.push(sink.stop);
  log(`mail sink on SMTP ${sink.smtpPort}`);
  return { databaseUrl, temporalAddress, sink } satisfies BenchStack;
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
    port: await freePort(),
    persistent: false,
  });
  stops.push(postgres.stop);
  await postgres.createDatabase('dondoc_bench');
  const url = postgres.urlFor('dondoc_bench');
  await migrateDatabase(url);
  log(`PostgreSQL in ${dir}, migrated`);
  return url;
}

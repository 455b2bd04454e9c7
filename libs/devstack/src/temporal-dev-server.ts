import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { type TemporalCliSource } from './temporal-cli';
import { startPastSlowBoots } from './ephemeral-startup';
import { startProcess } from './service-process';

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  stop: () => Promise<void>;
}

export interface DevServerOptions {
  cli: TemporalCliSource;
  port: number;
  uiPort?: number;
  /** Omit for an in-memory server (tests). */
  dbFilename?: string;
  searchAttributes: Record<string, string>;
  /** Serves the server's Prometheus metrics (benchmarks read them). */
  metricsPort?: number;
  quiet?: boolean;
}

/** The official Temporal dev server (with its Web UI when `uiPort` is given), ready to accept connections. */
export async function startTemporalDevServer(options: DevServerOptions): Promise<RunningTemporal> {
  const address = `127.0.0.1:${options.port}`;
  const attributeArgs = Object.entries(options.searchAttributes).flatMap(([name, type]) => [
    '--search-attribute',
    `${name}=${type}`,
  ]);
  // The dev server rereads its search attributes from SQLite on every history read, so that attributes added while
  // it runs show at once. Ours are all declared at start, so its cache can keep them, as a cluster's does.
  const extraArgs = [
    ...attributeArgs,
    '--dynamic-config-value',
    'system.forceSearchAttributesCacheRefreshOnRead=false',
    ...(options.metricsPort ? ['--metrics-port', String(options.metricsPort)] : []),
  ];
  const uiUrl = options.uiPort ? `http://localhost:${options.uiPort}` : undefined;

  if (options.cli.kind === 'sdk-download') {
    const env = await startPastSlowBoots(() =>
      TestWorkflowEnvironment.createLocal({
        server: {
          ip: '127.0.0.1',
          port: options.port,
          ui: options.uiPort !== undefined,
          uiPort: options.uiPort,
          dbFilename: options.dbFilename,
          extraArgs,
        },
      }),
    );
    return { address, uiUrl, stop: () => env.teardown() };
  }

  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(options.port), '--log-level', 'warn'];
  args.push(...(options.uiPort ? ['--ui-port', String(options.uiPort)] : ['--headless']));
  if (options.dbFilename) args.push('--db-filename', options.dbFilename);
  const server = startProcess('temporal', options.cli.path, [...args, ...extraArgs], { quiet: options.quiet });
  try {
    await waitUntilServing(address, server.exited);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { address, uiUrl, stop: () => server.stop() };
}

async function waitUntilServing(address: string, exited: Promise<number | null>, timeoutMs = 60_000): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error('The Temporal dev server exited during start-up (is the port already in use?)');
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`The Temporal dev server did not answer at ${address} within ${timeoutMs / 1000}s`);
}

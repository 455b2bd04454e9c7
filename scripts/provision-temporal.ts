import { loadDevstackConfig } from '@dondoc/config';
import { resolveTemporalCli, resolveTemporalCluster, resolveTemporalTestServer, step } from '@dondoc/devstack';

/**
 * Resolves (building or fetching on first use) the Temporal CLI, the time-skipping test server, and the real
 * server with its SQL tool that the cluster tests run.
 */
export async function provisionTemporal(): Promise<{
  cli?: string;
  testServer?: string;
  server: string;
  sqlTool: string;
}> {
  const config = loadDevstackConfig();
  const [cli, testServer] = await Promise.all([
    resolveTemporalCli({ explicit: config.temporal.cli, cacheDir: config.cacheDir }),
    resolveTemporalTestServer({ explicit: config.temporal.testServer, cacheDir: config.cacheDir }),
  ]);
  // After the CLI: two Go builds at once would only share the same cores.
  const cluster = await resolveTemporalCluster({ cacheDir: config.cacheDir, explicit: config.temporal.cluster });
  return {
    cli: cli.kind === 'path' ? cli.path : undefined,
    testServer: testServer.kind === 'path' ? testServer.path : undefined,
    ...cluster,
  };
}

if (require.main === module) {
  provisionTemporal()
    .then(({ cli, testServer, server, sqlTool }) => {
      step(`Temporal CLI: ${cli ?? 'SDK download'}`);
      step(`Temporal test server: ${testServer ?? 'SDK download'}`);
      step(`Temporal server: ${server}; SQL tool: ${sqlTool}`);
    })
    .catch((error: unknown) => {
      step(String(error instanceof Error ? error.message : error));
      process.exit(1);
    });
}

import { loadDevstackConfig } from '@dondoc/config';
import { resolveTemporalCli, resolveTemporalTestServer, step } from '@dondoc/devstack';

/** Resolves (building or fetching on first use) the Temporal CLI and the time-skipping test server. */
export async function provisionTemporal(): Promise<{ cli?: string; testServer?: string }> {
  const config = loadDevstackConfig();
  const [cli, testServer] = await Promise.all([
    resolveTemporalCli({ explicit: config.temporal.cli, cacheDir: config.cacheDir }),
    resolveTemporalTestServer({ explicit: config.temporal.testServer, cacheDir: config.cacheDir }),
  ]);
  return {
    cli: cli.kind === 'path' ? cli.path : undefined,
    testServer: testServer.kind === 'path' ? testServer.path : undefined,
  };
}

if (require.main === module) {
  provisionTemporal()
    .then(({ cli, testServer }) => {
      step(`Temporal CLI: ${cli ?? 'SDK download'}`);
      step(`Temporal test server: ${testServer ?? 'SDK download'}`);
    })
    .catch((error: unknown) => {
      step(String(error instanceof Error ? error.message : error));
      process.exit(1);
    });
}

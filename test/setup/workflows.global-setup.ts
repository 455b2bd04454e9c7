// Global setup runs outside jest's module map, so the @dondoc/* aliases come from tsconfig-paths.
import 'tsconfig-paths/register';
import { loadDevstackConfig } from '@dondoc/config';
import { resolveTemporalTestServer } from '@dondoc/devstack';
import { bundleWorkflowsForRun } from './workflow-bundle';

/**
 * Resolves the Java time-skipping server once per run (tests read TEMPORAL_TEST_SERVER; unset, the SDK downloads) and
 * bundles the workflows once for every test worker.
 */
export default async function setup(): Promise<void> {
  const config = loadDevstackConfig();
  const server = await resolveTemporalTestServer({ explicit: config.temporal.testServer, cacheDir: config.cacheDir });
  if (server.kind === 'path') process.env.TEMPORAL_TEST_SERVER = server.path;
  (globalThis as { dondocRemoveWorkflowBundle?: () => void }).dondocRemoveWorkflowBundle =
    await bundleWorkflowsForRun();
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkflowBundle } from '../../scripts/build-workflow-bundle';

/**
 * Bundles the workflows once for a whole test run and names the bundle in WORKFLOW_BUNDLE, which every worker of the
 * run then loads, where each bundled the sources itself: a second or more a worker, and a replay test 24 s against 5.
 * Returns what removes it.
 */
export async function bundleWorkflowsForRun(dir?: string): Promise<() => void> {
  const home = dir ?? mkdtempSync(join(tmpdir(), 'dondoc-workflows-'));
  process.env.WORKFLOW_BUNDLE = await buildWorkflowBundle(join(home, 'workflow-bundle.js'));
  return () => rmSync(home, { recursive: true, force: true });
}

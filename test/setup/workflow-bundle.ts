import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkflowBundle } from '../../scripts/build-workflow-bundle';

/**
 * Bundles the workflows once for a whole test run and names the bundle in WORKFLOW_BUNDLE, which every worker of the
 * run then loads: each one bundling the sources itself took a second or more a worker, hundreds of times a run.
 * Returns what removes it.
 */
export async function bundleWorkflowsForRun(dir?: string): Promise<() => void> {
  const home = dir ?? mkdtempSync(join(tmpdir(), 'dondoc-workflows-'));
  process.env.WORKFLOW_BUNDLE = await buildWorkflowBundle(join(home, 'workflow-bundle.js'));
  return () => rmSync(home, { recursive: true, force: true });
}

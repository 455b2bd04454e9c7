import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const WORKFLOW_BUNDLE = resolve(__dirname, '../dist/workflow-bundle.js');

/**
 * Production workers load this prebuilt bundle, and a test run's workers one of their own; a bundling error must fail
 * the build, never pass silently.
 */
export async function buildWorkflowBundle(target = WORKFLOW_BUNDLE): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../workflows'), logger: quietLogger() });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
  process.stderr.write(`[dondoc] workflow bundle: ${target} (${(code.length / 1024).toFixed(0)} KiB)\n`);
  return target;
}

function quietLogger() {
  const noop = (): void => undefined;
  const warn = (message: string): void => void process.stderr.write(`${message}\n`);
  return { log: noop, trace: noop, debug: noop, info: noop, warn, error: warn };
}

if (require.main === module) {
  buildWorkflowBundle().catch((error: unknown) => {
    process.stderr.write(`[dondoc] workflow bundle failed: ${String(error)}\n`);
    process.exit(1);
  });
}

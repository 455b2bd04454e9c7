import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const output = resolve(__dirname, '../dist/workflow-bundle.js');

/** Production workers load this prebuilt bundle; a bundling error must fail the build, never pass silently. */
async function main(): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../workflows'), logger: quietLogger() });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, code);
  process.stderr.write(`[dondoc] workflow bundle: ${output} (${(code.length / 1024).toFixed(0)} KiB)\n`);
}

function quietLogger() {
  const noop = (): void => undefined;
  const warn = (message: string): void => void process.stderr.write(`${message}\n`);
  return { log: noop, trace: noop, debug: noop, info: noop, warn, error: warn };
}

main().catch((error: unknown) => {
  process.stderr.write(`[dondoc] workflow bundle failed: ${String(error)}\n`);
  process.exit(1);
});

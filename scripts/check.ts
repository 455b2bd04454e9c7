import { resolve } from 'node:path';
import { runHeld } from '@dondoc/devstack';

const root = resolve(__dirname, '..');

/**
 * `npm run check`: formatting, lint and types at once (each is one thread, and together they took 74 s one after
 * another on two cores), then the workflow bundle. Each check's output is printed whole when it ends.
 */
async function main(): Promise<void> {
  const passed = (await Promise.all(['format:check', 'lint', 'typecheck'].map(runScript))).every(Boolean);
  if (!passed || !(await runScript('build:workflows'))) process.exit(1);
}

async function runScript(script: string): Promise<boolean> {
  const { code, output } = await runHeld('npm', ['run', '--silent', script], { cwd: root });
  if (code !== 0) process.stderr.write(`[dondoc] ${script} failed:\n`);
  process.stderr.write(output);
  return code === 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`[dondoc] check: ${String(error)}\n`);
  process.exit(1);
});

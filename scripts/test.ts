import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { elapsed, step } from '@dondoc/devstack';
import { provisionTemporal } from './provision-temporal';

const root = resolve(__dirname, '..');

/** `npm test`: provision Temporal, run the static checks, then every jest tier; extra args go to jest. */
async function main(): Promise<void> {
  const started = Date.now();
  const { cli, testServer } = await provisionTemporal();
  const env = {
    ...process.env,
    ...(cli && { TEMPORAL_CLI: cli }),
    ...(testServer && { TEMPORAL_TEST_SERVER: testServer }),
  };

  step('Static checks: format, lint, typecheck, workflow bundle');
  await run('npm', ['run', '--silent', 'check'], env);
  step('Tests: unit, workflows (time-skipping server), integration and end-to-end (PostgreSQL, Temporal, SMTP)');
  await run(resolve(root, 'node_modules/.bin/jest'), ['--ci', ...process.argv.slice(2)], env);
  step(`All green in ${elapsed(started)}`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} failed (${code})`)),
    );
  });
}

main().catch((error: unknown) => {
  step(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

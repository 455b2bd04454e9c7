import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { buildWebAppIfStale, elapsed, runHeld, step } from '@dondoc/devstack';
import { provisionChromium } from './provision-chromium';
import { provisionOcr } from './provision-ocr';
import { provisionSchemathesis } from './provision-schemathesis';
import { provisionTemporal } from './provision-temporal';

const root = resolve(__dirname, '..');

/**
 * `npm test`: provision Temporal, Chromium, OCR and Schemathesis, run the static checks, then every jest tier; extra
 * args go to jest.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const [{ cli, testServer, server, sqlTool }, chromium, ocr, schemathesis] = await Promise.all([
    provisionTemporal(),
    provisionChromium(),
    provisionOcr(),
    provisionSchemathesis(),
  ]);
  const env = {
    ...process.env,
    ...(cli && { TEMPORAL_CLI: cli }),
    ...(testServer && { TEMPORAL_TEST_SERVER: testServer }),
    TEMPORAL_SERVER: server,
    TEMPORAL_SQL_TOOL: sqlTool,
    CHROMIUM_PATH: chromium,
    TESSERACT_PATH: ocr.tesseract,
    PDFTOPPM_PATH: ocr.pdftoppm,
    SCHEMATHESIS: schemathesis,
  };

  step('Static checks: format, lint, typecheck, workflow bundle');
  await run('npm', ['run', '--silent', 'check'], env);
  const jest = resolve(root, 'node_modules/.bin/jest');
  const extra = process.argv.slice(2);
  if (extra.length > 0) {
    // A run that may reach the browser tier drives the pages of a fresh build.
    if (extra.some((arg) => arg.includes('browser'))) await buildWebApp();
    await run(jest, ['--ci', ...extra], env);
  } else {
    // The tiers one after another: on two cores, time-skipping servers beside the stack tests starve each other.
    // jest leaves a core to its main process by default, which idles while the files run: on two cores, one file at
    // a time took 260–280 s and two take 170 s.
    step('Tests: unit and workflows (time-skipping server)');
    const files = String(Math.max(2, availableParallelism() - 1));
    await run(jest, ['--ci', '--selectProjects', 'unit', 'workflows', '--maxWorkers', files], env);
    // Two files at a time: most of a stack file's time is waiting (for a reminder's minute, an outbox lease, a
    // killed worker's restart), so a second one fills it. Three ran the tier in 473–483 s instead of 605–625 s, before
    // worker-kills ran beside them; three with it beside have not been tried on two cores.
    // worker-kills waits most of its five minutes for a reminder instant, so it runs beside the two, on its own stack.
    step(
      'Tests: integration and end-to-end (PostgreSQL, Temporal dev server, SMTP), two files at a time and one beside',
    );
    await all([
      run(jest, ['--ci', '--selectProjects', 'stack', '--maxWorkers', '2'], env),
      runBeside(jest, ['--ci', '--selectProjects', 'stack-waiting', '--runInBand'], env),
    ]);
    step('Tests: the real Temporal cluster, which needs the machine to itself');
    await run(jest, ['--ci', '--selectProjects', 'stack-alone', '--runInBand'], env);
    await buildWebApp();
    // Two files at a time, each with its own API, worker and Chromium and data only it reads: 308 s → 238 s. Three
    // took no less (219 s, plan-intake's OCR alone 218 s), and two journeys failed there: a click on an option was
    // lost, and a confirmation never showed.
    step(`Tests: browser journeys (Chromium ${chromium} on the same stack), two files at a time`);
    await run(jest, ['--ci', '--selectProjects', 'browser', '--maxWorkers', '2'], env);
  }
  step(`All green in ${elapsed(started)}`);
}

/** The API serves apps/web/dist: the browser tests drive a build of the current sources. */
const buildWebApp = (): Promise<void> => buildWebAppIfStale(root);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(failed(command, args, code))));
  });
}

/** A run beside another: its output is printed whole when it ends, so that the two do not interleave. */
async function runBeside(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { code, output } = await runHeld(command, args, { cwd: root, env });
  process.stdout.write(output);
  if (code !== 0) throw failed(command, args, code);
}

const failed = (command: string, args: string[], code: number | null): Error =>
  new Error(`${command} ${args.join(' ')} failed (${code})`);

/** Waits for every run, so that none is left running when another fails; fails with the first failure. */
async function all(runs: Array<Promise<void>>): Promise<void> {
  const refused = (await Promise.allSettled(runs)).find((outcome) => outcome.status === 'rejected');
  if (refused) throw refused.reason;
}

main().catch((error: unknown) => {
  step(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

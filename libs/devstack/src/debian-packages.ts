import { isExecutable, run } from './executables';
import { elapsed, step } from './progress';

export interface DebianPackages {
  /** What the packages are for, as progress lines and errors name it: "Chromium for the browser tests". */
  what: string;
  packages: readonly string[];
  /** The executables the packages put in place; all present means nothing to install. */
  binaries: readonly string[];
  /** The way round apt-get, for a machine where it can't run: "set CHROMIUM_PATH to a Chromium". */
  hint: string;
  /** What the binaries alone don't show, such as a language pack beside them. */
  isComplete?: () => Promise<boolean>;
}

let aptUpdated: Promise<void> | undefined;
/** One apt-get at a time in this process: dpkg holds a lock, and provisioning runs in parallel. */
let aptQueue: Promise<unknown> = Promise.resolve();

/**
 * Returns once the binaries exist. Otherwise installs the packages with apt-get as root, printing progress (a
 * first run can take minutes), or, not as root, fails with the command to run.
 */
export async function ensureDebianPackages(request: DebianPackages): Promise<void> {
  if (await isInstalled(request)) return;
  const command = `apt-get install -y --no-install-recommends ${request.packages.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${request.what} needs Debian's ${request.packages.join(', ')}: run \`${command}\` as root, or ${request.hint}.`,
    );
  }
  const installing = aptQueue.then(async () => {
    if (!(await isInstalled(request))) await installWithApt(request, command);
  });
  aptQueue = installing.catch(() => undefined);
  await installing;
  if (!(await isInstalled(request))) {
    const missing = request.binaries.filter((binary) => !isExecutable(binary));
    throw new Error(
      `\`${command}\` ran but ${request.what} is still incomplete` +
        `${missing.length > 0 ? ` (missing ${missing.join(', ')})` : ''}: ${request.hint} instead.`,
    );
  }
}

async function isInstalled(request: DebianPackages): Promise<boolean> {
  return request.binaries.every(isExecutable) && (await (request.isComplete?.() ?? Promise.resolve(true)));
}

async function installWithApt(request: DebianPackages, command: string): Promise<void> {
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another process (a second checkout's tests, a person) may hold dpkg's lock: wait for it rather than fail.
  const waitForLock = ['-o', 'DPkg::Lock::Timeout=300'];
  step(`Installing ${request.what} with apt-get (Debian's ${request.packages.join(', ')}, first run only)…`);
  try {
    aptUpdated ??= run('apt-get', [...waitForLock, 'update'], { env }).catch((error: unknown) => {
      aptUpdated = undefined;
      throw error;
    });
    await aptUpdated;
    step(`  package lists updated (${elapsed(started)})`);
    let fetched = 0;
    const settingUp = new RegExp(`^Setting up (?:${request.packages.map(escapeRegExp).join('|')}) `);
    await run('apt-get', [...waitForLock, 'install', '-y', '--no-install-recommends', ...request.packages], {
      env,
      onLine: (line) => {
        if (line.startsWith('Get:')) {
          fetched += 1;
          if (fetched % 10 === 0) step(`  downloaded ${fetched} packages (${elapsed(started)})`);
        } else if (settingUp.test(line)) {
          step(`  ${line.trim()}`);
        }
      },
    });
    step(`${request.what} ready in ${elapsed(started)}`);
  } catch (error) {
    throw new Error(
      `Installing ${request.what} with apt-get failed: run \`${command}\` by hand, or ${request.hint}.\n${String(error)}`,
    );
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

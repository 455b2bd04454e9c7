import { existsSync } from 'node:fs';
import { isExecutable, run } from './executables';
import { elapsed, step } from './progress';

/** Where Debian's `chromium` package puts the browser. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Flags every launch needs on a closed network: no sandbox (root in a container), no GPU, and none of the
 * background connections (QUIC, component updates, sync, first-run pings) the network would refuse or stall.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const INSTALL_HINT = "install Debian's chromium package: apt-get install chromium, or set CHROMIUM_PATH";

let aptUpdated: Promise<void> | undefined;

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then (as root only) an
 * `apt-get install chromium`; otherwise an error saying what to install.
 */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file`);
    return explicit;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(`No Chromium at ${DEBIAN_CHROMIUM} for the browser tests: ${INSTALL_HINT}.`);
  }
  await installWithApt();
  if (!existsSync(DEBIAN_CHROMIUM)) {
    throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is still missing: ${INSTALL_HINT}.`);
  }
  return DEBIAN_CHROMIUM;
}

async function installWithApt(): Promise<void> {
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  step("Installing Chromium for the browser tests with apt-get (Debian's chromium package, first run only)…");
  try {
    aptUpdated ??= run('apt-get', ['update'], { env }).catch((error: unknown) => {
      aptUpdated = undefined;
      throw error;
    });
    await aptUpdated;
    step(`  package lists updated (${elapsed(started)})`);
    let fetched = 0;
    await run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      env,
      onLine: (line) => {
        if (line.startsWith('Get:')) {
          fetched += 1;
          if (fetched % 10 === 0) step(`  downloaded ${fetched} packages (${elapsed(started)})`);
        } else if (/^Setting up chromium\b/.test(line)) {
          step(`  ${line.trim()}`);
        }
      },
    });
    step(`Chromium ready in ${elapsed(started)}: ${DEBIAN_CHROMIUM}`);
  } catch (error) {
    throw new Error(`Installing Chromium with apt-get failed: ${INSTALL_HINT}.\n${String(error)}`);
  }
}

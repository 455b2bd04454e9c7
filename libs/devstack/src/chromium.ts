import { ensureDebianPackages } from './debian-packages';
import { isExecutable } from './executables';

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
  await ensureDebianPackages({
    what: 'Chromium for the browser tests',
    packages: ['chromium'],
    binaries: [DEBIAN_CHROMIUM],
    hint: 'set CHROMIUM_PATH to a Chromium',
  });
  return DEBIAN_CHROMIUM;
}

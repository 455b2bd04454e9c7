import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findExecutable, run } from './executables';
import { elapsed, step } from './progress';

export interface GoBinary {
  /** What progress lines call it. */
  label: string;
  module: string;
  version: string;
  /** The name `go install` gives the binary (the last element of the package path). */
  builtAs: string;
  /** Where it is kept, under a folder named for the version. */
  target: string;
  /** Dependencies to build at a later version than the module's own go.mod names (`module@version`). */
  upgrades?: string[];
}

/** The Go toolchain, from PATH or where CI's non-login shells leave it. */
export const findGo = (): string | undefined =>
  findExecutable('go', ['/usr/local/go/bin', '/usr/lib/go/bin', join(process.env.HOME ?? '', 'go', 'bin')]);

/**
 * Builds a Go module's command with `go install` into `target`, printing progress as packages compile. Each build
 * goes to its own scratch GOBIN and is renamed into place, so binaries of the same name never overwrite each other
 * and an interrupted build never leaves half a binary in the cache.
 */
export async function goInstall(go: string, binary: GoBinary): Promise<string> {
  const started = Date.now();
  step(`Building ${binary.label} ${binary.version} from its Go module (first run only, a few minutes)…`);
  const dir = join(binary.target, '..');
  mkdirSync(dir, { recursive: true });
  const scratch = mkdtempSync(join(dir, '.build-'));
  let packages = 0;
  const onLine = (line: string) => {
    if (line.startsWith('go: downloading')) return;
    packages += 1;
    if (packages % 100 === 0) step(`  ${binary.label}: compiled ${packages} packages (${elapsed(started)})`);
  };
  try {
    if (binary.upgrades?.length) await buildWithUpgrades(go, binary, scratch, onLine);
    else {
      await run(go, ['install', '-v', '-ldflags=-s -w', `${binary.module}@${binary.version}`], {
        env: { ...process.env, GOBIN: scratch, GOFLAGS: '-mod=mod' },
        onLine,
      });
    }
    renameSync(join(scratch, binary.builtAs), binary.target);
    step(`${binary.label} ready in ${elapsed(started)}: ${binary.target}`);
    return binary.target;
  } catch (error) {
    throw new Error(`Building ${binary.label} with Go failed.\n${String(error)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `go install module@version` builds with the module's own dependency versions and no way to raise one. A scratch
 * module that requires the command and the upgrades lets Go's version selection take the later ones.
 */
async function buildWithUpgrades(go: string, binary: GoBinary, scratch: string, onLine: (line: string) => void) {
  const env = { ...process.env, GOFLAGS: '-mod=mod' };
  await run(go, ['mod', 'init', 'dondoc.invalid/build'], { cwd: scratch, env });
  writeFileSync(join(scratch, 'tools.go'), `//go:build tools\n\npackage tools\n\nimport _ "${binary.module}"\n`);
  await run(go, ['get', `${binary.module}@${binary.version}`, ...binary.upgrades!], { cwd: scratch, env });
  const output = join(scratch, binary.builtAs);
  await run(go, ['build', '-v', '-ldflags=-s -w', '-o', output, binary.module], { cwd: scratch, env, onLine });
}

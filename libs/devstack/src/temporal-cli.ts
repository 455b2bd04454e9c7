import { mkdtempSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { elapsed, step } from './progress';
import { findExecutable, isExecutable, run } from './executables';

/** v1.5.1 is the newest release on the Go module proxy that `go install` can build (later ones use `replace`). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
export const TEMPORAL_CLI_VERSION = 'v1.5.1';

export type TemporalCliSource = { kind: 'path'; path: string } | { kind: 'sdk-download' };

/** TEMPORAL_CLI, then `temporal` on PATH, then our cache, then a build with Go; the SDK's download as last resort. */
export async function resolveTemporalCli(options: { explicit?: string; cacheDir: string }): Promise<TemporalCliSource> {
  if (options.explicit) {
    if (!isExecutable(options.explicit)) throw new Error(`TEMPORAL_CLI=${options.explicit} is not an executable file`);
    return { kind: 'path', path: options.explicit };
  }
  const onPath = findExecutable('temporal');
  if (onPath) return { kind: 'path', path: onPath };

  const binDir = join(options.cacheDir, `temporal-cli-${TEMPORAL_CLI_VERSION}`);
  const cached = join(binDir, 'temporal');
  if (isExecutable(cached)) return { kind: 'path', path: cached };

  const go = findExecutable('go', ['/usr/local/go/bin', '/usr/lib/go/bin', join(process.env.HOME ?? '', 'go', 'bin')]);
  if (go) {
    await buildWithGo(go, binDir);
    return { kind: 'path', path: cached };
  }
  step('No Temporal CLI and no Go toolchain found: falling back to the Temporal SDK download (needs internet).');
  return { kind: 'sdk-download' };
}

async function buildWithGo(go: string, binDir: string): Promise<void> {
  const started = Date.now();
  step(`Building the Temporal CLI ${TEMPORAL_CLI_VERSION} from its Go module (first run only, a few minutes)…`);
  mkdirSync(binDir, { recursive: true });
  // Build into a scratch folder and rename, so an interrupted build never leaves a half-written binary in the cache.
  const scratch = mkdtempSync(join(binDir, '.build-'));
  let packages = 0;
  try {
    await run(go, ['install', '-v', '-ldflags=-s -w', `${TEMPORAL_CLI_MODULE}@${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: scratch, GOFLAGS: '-mod=mod' },
      onLine: (line) => {
        if (line.startsWith('go: downloading')) return;
        packages += 1;
        if (packages % 100 === 0) step(`  compiled ${packages} packages (${elapsed(started)})`);
      },
    });
    renameSync(join(scratch, 'temporal'), join(binDir, 'temporal'));
    step(`Temporal CLI ready in ${elapsed(started)}: ${join(binDir, 'temporal')}`);
  } catch (error) {
    throw new Error(
      `Building the Temporal CLI with Go failed. Install Go 1.25 or newer, or set TEMPORAL_CLI to a temporal binary.\n${String(error)}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

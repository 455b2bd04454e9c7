import { join } from 'node:path';
import { findExecutable, isExecutable } from './executables';
import { findGo, goInstall } from './go-install';
import { step } from './progress';

/** v1.5.1 is the newest release on the Go module proxy that `go install` can build (later ones use `replace`). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
export const TEMPORAL_CLI_VERSION = 'v1.5.1';
/**
 * v1.5.1 ships modernc.org/sqlite v1.34.1: once a query is interrupted (a context cancelled under load), every later
 * query on that connection fails "interrupted (9)" and the dev server answers nothing (cznic/sqlite#241, fixed in
 * the versions Temporal moved to; a test run wedged so). Built with the version the Temporal server we run uses.
 */
export const TEMPORAL_CLI_UPGRADES = ['modernc.org/sqlite@v1.51.0'];

export type TemporalCliSource = { kind: 'path'; path: string } | { kind: 'sdk-download' };

/** TEMPORAL_CLI, then `temporal` on PATH, then our cache, then a build with Go; the SDK's download as last resort. */
export async function resolveTemporalCli(options: { explicit?: string; cacheDir: string }): Promise<TemporalCliSource> {
  if (options.explicit) {
    if (!isExecutable(options.explicit)) throw new Error(`TEMPORAL_CLI=${options.explicit} is not an executable file`);
    return { kind: 'path', path: options.explicit };
  }
  const onPath = findExecutable('temporal');
  if (onPath) return { kind: 'path', path: onPath };

  // Named for the upgrades too (…-sqlite-v1.51.0), so a binary built without them is not taken from the cache.
  const upgraded = TEMPORAL_CLI_UPGRADES.map((upgrade) => `-${upgrade.split('/').at(-1)!.replace('@', '-')}`).join('');
  const binDir = join(options.cacheDir, `temporal-cli-${TEMPORAL_CLI_VERSION}${upgraded}`);
  const cached = join(binDir, 'temporal');
  if (isExecutable(cached)) return { kind: 'path', path: cached };

  const go = findGo();
  if (go) {
    const label = 'the Temporal CLI';
    const binary = {
      label,
      module: TEMPORAL_CLI_MODULE,
      version: TEMPORAL_CLI_VERSION,
      upgrades: TEMPORAL_CLI_UPGRADES,
      builtAs: 'temporal',
      target: cached,
    };
    await goInstall(go, binary).catch((error: unknown) => {
      throw new Error(`${String(error)}\nInstall Go 1.25 or newer, or set TEMPORAL_CLI to a temporal binary.`);
    });
    return { kind: 'path', path: cached };
  }
  step('No Temporal CLI and no Go toolchain found: falling back to the Temporal SDK download (needs internet).');
  return { kind: 'sdk-download' };
}

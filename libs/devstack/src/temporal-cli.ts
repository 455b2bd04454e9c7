import { join } from 'node:path';
import { findExecutable, isExecutable } from './executables';
import { findGo, goInstall } from './go-install';
import { step } from './progress';

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

  const go = findGo();
  if (go) {
    const label = 'the Temporal CLI';
    const binary = {
      label,
      module: TEMPORAL_CLI_MODULE,
      version: TEMPORAL_CLI_VERSION,
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

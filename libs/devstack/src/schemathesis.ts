import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findExecutable, isExecutable, run } from './executables';
import { elapsed, step } from './progress';

/** Pinned: a newer Schemathesis may add checks that change what passes. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * The OpenAPI tester the contract test runs: SCHEMATHESIS if set, else a virtualenv of its own in the cache
 * (created with python3 and pip from PyPI on first use), else an error saying what is missing.
 */
export async function resolveSchemathesis(options: { explicit?: string; cacheDir: string }): Promise<string> {
  if (options.explicit) {
    if (!isExecutable(options.explicit)) throw new Error(`SCHEMATHESIS=${options.explicit} is not an executable file`);
    return options.explicit;
  }
  const venv = join(options.cacheDir, `schemathesis-${SCHEMATHESIS_VERSION}`);
  const executable = join(venv, 'bin', 'schemathesis');
  if (isExecutable(executable)) return executable;
  const python = findExecutable('python3', ['/usr/local/bin', '/usr/bin']);
  if (!python) throw new Error('The API contract test needs python3 (with venv and pip) to install Schemathesis');
  const started = Date.now();
  step(`Installing Schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${venv} (first run only)…`);
  try {
    if (existsSync(venv)) rmSync(venv, { recursive: true, force: true });
    await run(python, ['-m', 'venv', venv]);
    let lines = 0;
    await run(
      join(venv, 'bin', 'pip'),
      ['install', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`],
      {
        onLine: (line) => {
          if (line.startsWith('Collecting') && ++lines % 10 === 0)
            step(`  collected ${lines} packages (${elapsed(started)})`);
        },
      },
    );
  } catch (error) {
    rmSync(venv, { recursive: true, force: true });
    throw error;
  }
  step(`Schemathesis ready in ${elapsed(started)}`);
  return executable;
}

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { elapsed, step } from './progress';

/** The newest modification time under a path: a file's own, or the newest of a folder's files. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stat.mtimeMs);
}

/**
 * Builds the web app the API serves when its sources (or the OpenAPI document its types come from) are newer than
 * the last build; a fresh clone builds once, a warm one skips it.
 */
export async function buildWebAppIfStale(root: string): Promise<void> {
  const web = join(root, 'apps', 'web');
  const built = newest(join(web, 'dist', 'index.html'));
  const sources = Math.max(
    ...['src', 'index.html', 'vite.config.ts', 'tsconfig.json'].map((entry) => newest(join(web, entry))),
    newest(join(root, 'package-lock.json')),
  );
  if (built > sources) return;
  const started = Date.now();
  step('Building the web app (vite)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        join(web, 'vite.config.ts'),
        '--logLevel',
        'warn',
      ],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the web app build failed (${code})`))));
  });
  step(`Web app built in ${elapsed(started)}`);
}

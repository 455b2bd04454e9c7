import { transformFile, type Options } from '@swc/core';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { compilerOptions } from '../tsconfig.json';
import { productionGraph } from './production-graph';

const root = resolve(__dirname, '..');
export const SERVER_BUILD_DIR = join(root, 'dist', 'server');
const SOURCES = ['apps/api/src', 'apps/worker/src', 'libs', 'workflows'];

/**
 * Production runs plain JavaScript with production dependencies only: the files the API, the worker and the
 * workflows import compile to dist/server with the source layout kept and `@dondoc/*` rewritten to relative paths;
 * the data files beside the sources (word lists) are copied.
 */
const swcOptions: Options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    baseUrl: root,
    paths: compilerOptions.paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
  swcrc: false,
};

export async function buildServer(): Promise<void> {
  const started = Date.now();
  rmSync(SERVER_BUILD_DIR, { recursive: true, force: true });
  const { files } = productionGraph();
  for (const path of files) {
    const source = join(root, path);
    const js = join(SERVER_BUILD_DIR, path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(js), { recursive: true });
    const output = await transformFile(source, { ...swcOptions, filename: source });
    writeFileSync(js, `${output.code}\n//# sourceMappingURL=${basename(js)}.map\n`);
    if (output.map) writeFileSync(`${js}.map`, output.map);
  }
  const assets = SOURCES.flatMap((folder) => filesUnder(join(root, folder))).filter((file) => !file.endsWith('.ts'));
  for (const asset of assets) {
    const target = join(SERVER_BUILD_DIR, relative(root, asset));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(asset, target);
  }
  const took = Date.now() - started;
  process.stderr.write(
    `[dondoc] server build: ${files.length} files, ${assets.length} data files in dist/server (${took} ms)\n`,
  );
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

if (require.main === module) {
  buildServer().catch((error: unknown) => {
    process.stderr.write(`[dondoc] server build failed: ${String(error)}\n`);
    process.exit(1);
  });
}

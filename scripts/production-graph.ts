import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..');

/** What production runs: the two processes, the migrations before them, and the workflow bundle the worker loads. */
export const PRODUCTION_ENTRIES = [
  'apps/api/src/main.ts',
  'apps/api/src/migrate.ts',
  'apps/worker/src/main.ts',
  'workflows/index.ts',
];

export interface ProductionGraph {
  /** Source files production loads, relative to the project root. */
  files: string[];
  /** Packages those files import, each with one file that imports it. */
  packages: Map<string, string>;
}

// Static and dynamic imports, re-exports, require and require.resolve: every way a file names another.
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire(?:\.resolve)?\s*\(\s*)['"]([^'"]+)['"]/g;
const BUILTINS = new Set(builtinModules);

/** Follows imports from the entries through relative paths and `@dondoc/*` aliases, collecting packages. */
export function productionGraph(entries: readonly string[] = PRODUCTION_ENTRIES): ProductionGraph {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const pending = entries.map((entry) => join(root, entry));
  while (pending.length > 0) {
    const file = pending.pop()!;
    const name = relative(root, file);
    if (files.has(name)) continue;
    files.add(name);
    const source = stripComments(readFileSync(file, 'utf8'));
    for (const [, specifier] of source.matchAll(SPECIFIER)) {
      const local = localTarget(file, specifier);
      if (local) pending.push(local);
      else if (!isBuiltin(specifier) && !specifier.startsWith('.')) {
        const pkg = packageOf(specifier);
        if (!packages.has(pkg)) packages.set(pkg, name);
      }
    }
  }
  return { files: [...files].sort(), packages };
}

function localTarget(from: string, specifier: string): string | null {
  const alias = /^@dondoc\/([^/]+)(\/.*)?$/.exec(specifier);
  const base = alias
    ? join(root, 'libs', alias[1], 'src', alias[2] ?? '')
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (!base) return null;
  const found = [`${base}.ts`, join(base, 'index.ts'), base].find((path) => existsSync(path) && !path.endsWith('/'));
  if (!found || !/\.(ts|json)$/.test(found)) throw new Error(`${relative(root, from)}: cannot resolve ${specifier}`);
  return found.endsWith('.json') ? null : found;
}

const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
/** Comments and type-only imports name nothing production loads. */
const stripComments = (source: string) =>
  source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/^\s*(?:import|export)\s+type\s[^;]*?from\s+['"][^'"]+['"]/gm, '')
    .replace(/^\s*import\s*\{(?:\s*type\s+\w+(?:\s+as\s+\w+)?\s*,?)+\s*\}\s*from\s+['"][^'"]+['"]/gm, '');

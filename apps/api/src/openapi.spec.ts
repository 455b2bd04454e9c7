import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateOpenApiDocument, OPENAPI_PATH, OPENAPI_TYPES_PATH, serialiseOpenApi } from './openapi';

const root = resolve(__dirname, '../../..');
const committed = (path: string) => (existsSync(resolve(root, path)) ? readFileSync(resolve(root, path), 'utf8') : '');

describe('docs/openapi.json', () => {
  it('is what the code generates (run `npm run openapi` after changing a route or DTO)', async () => {
    expect(serialiseOpenApi(await generateOpenApiDocument())).toBe(committed(OPENAPI_PATH));
  });
});

describe('apps/web/src/api/schema.d.ts', () => {
  it('is what openapi-typescript generates from docs/openapi.json (run `npm run openapi`)', async () => {
    const script = resolve(root, 'scripts/print-openapi-types.ts');
    const { stdout } = await promisify(execFile)(process.execPath, [require.resolve('ts-node/dist/bin'), script], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toBe(committed(OPENAPI_TYPES_PATH));
  });
});

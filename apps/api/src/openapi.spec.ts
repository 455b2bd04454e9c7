import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiDocument, OPENAPI_PATH, serialiseOpenApi } from './openapi';

describe('docs/openapi.json', () => {
  it('is what the code generates (run `npm run openapi` after changing a route or DTO)', async () => {
    const committed = readFileSync(resolve(__dirname, '../../..', OPENAPI_PATH), 'utf8');
    expect(serialiseOpenApi(await generateOpenApiDocument())).toBe(committed);
  });
});

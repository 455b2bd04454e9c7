import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OPENAPI_PATH, OPENAPI_TYPES_PATH } from '../apps/api/src/openapi';
import { generateOpenApiTypes } from '../apps/api/src/openapi-types';

// The web app's API types as generated from the committed docs/openapi.json, on stdout. openapi.spec.ts runs this in
// a child process: openapi-typescript and prettier load ES modules, which jest's module registry cannot.
const root = resolve(__dirname, '..');

generateOpenApiTypes(readFileSync(resolve(root, OPENAPI_PATH), 'utf8'), resolve(root, OPENAPI_TYPES_PATH))
  .then((types) => process.stdout.write(types))
  .catch((error: unknown) => {
    process.stderr.write(`[dondoc] generating the OpenAPI types failed: ${String(error)}\n`);
    process.exit(1);
  });

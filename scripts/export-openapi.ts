import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiDocument, OPENAPI_PATH, OPENAPI_TYPES_PATH, serialiseOpenApi } from '../apps/api/src/openapi';
import { generateOpenApiTypes } from '../apps/api/src/openapi-types';

const root = resolve(__dirname, '..');

async function main(): Promise<void> {
  const document = serialiseOpenApi(await generateOpenApiDocument());
  writeFileSync(resolve(root, OPENAPI_PATH), document);
  process.stderr.write(`[dondoc] wrote ${OPENAPI_PATH}\n`);
  const types = resolve(root, OPENAPI_TYPES_PATH);
  writeFileSync(types, await generateOpenApiTypes(document, types));
  process.stderr.write(`[dondoc] wrote ${OPENAPI_TYPES_PATH}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[dondoc] OpenAPI export failed: ${String(error)}\n`);
  process.exit(1);
});

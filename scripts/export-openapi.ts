import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiDocument, OPENAPI_PATH, serialiseOpenApi } from '../apps/api/src/openapi';

generateOpenApiDocument()
  .then((document) => {
    writeFileSync(resolve(__dirname, '..', OPENAPI_PATH), serialiseOpenApi(document));
    process.stderr.write(`[dondoc] wrote ${OPENAPI_PATH}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`[dondoc] OpenAPI export failed: ${String(error)}\n`);
    process.exit(1);
  });

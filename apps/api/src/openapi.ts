import { NestFactory } from '@nestjs/core';
import { type OpenAPIObject } from '@nestjs/swagger';
import { loadAppConfig } from '@dondoc/config';
import { buildOpenApiDocument, routeUnderApiPrefix } from './app.factory';
import { AppModule } from './app.module';

export const OPENAPI_PATH = 'docs/openapi.json';
/** The web app's API types generated from it (openapi-types.ts), which apps/web/src/api/types.ts names for the pages. */
export const OPENAPI_TYPES_PATH = 'apps/web/src/api/schema.d.ts';

/** The API's OpenAPI document from the code alone: preview mode instantiates no provider, so nothing connects. */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadAppConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://openapi@localhost/openapi' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  try {
    // The same paths the running API serves at /api/docs/openapi.json.
    routeUnderApiPrefix(app);
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

export function serialiseOpenApi(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

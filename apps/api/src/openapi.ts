import { NestFactory } from '@nestjs/core';
import { type OpenAPIObject } from '@nestjs/swagger';
import { loadAppConfig } from '@dondoc/config';
import { buildOpenApiDocument } from './app.factory';
import { AppModule } from './app.module';

export const OPENAPI_PATH = 'docs/openapi.json';

/** The API's OpenAPI document from the code alone: preview mode instantiates no provider, so nothing connects. */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const config = loadAppConfig({ DATABASE_URL: 'postgres://openapi@localhost/openapi' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

export function serialiseOpenApi(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

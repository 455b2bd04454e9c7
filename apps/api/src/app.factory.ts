import { type INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { type Logger } from 'pino';
import { AccessTokens, SessionTokens } from '@dondoc/auth';
import { IdempotencyKeyRepository } from '@dondoc/persistence';
import { type AppConfig } from '@dondoc/config';
import { PinoNestLogger, requestLogging } from '@dondoc/observability';
import { AppModule } from './app.module';
import { BodyMediaTypeInterceptor } from './http/body-media-type.interceptor';
import { credentialsBeforeBody } from './http/credentials-before-body';
import { IdempotencyKeyInterceptor } from './http/idempotency-key';
import { docsAccess } from './http/docs-access';
import { NulFreePipe } from './http/nul-free.pipe';
import { completeOpenApiDocument } from './http/openapi-completion';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { bindRequestContext } from './http/request-context';
import { securityHeaders } from './http/security-headers';
import { createValidationPipe } from './http/validation.pipe';
import { SUBMISSIONS_PATH, submissionBodyParser } from './submissions/submission-body';
import { API_PREFIX, webEdge } from './web/web-edge';
import { WebShell } from './web/web-shell';

export const JSON_BODY_LIMIT = '1mb';
export const CSV_BODY_LIMIT = '5mb';

/** One place that wires the HTTP edge, used by main.ts and by the end-to-end tests alike. */
export async function createApiApp(config: AppConfig, logger: Logger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(securityHeaders(config));
  app.use(webEdge(new WebShell(config.web.distDir)));
  routeUnderApiPrefix(app);
  // Parser errors (malformed JSON, 413) and an unverified caller's body reach Nest's error handler, so they leave as
  // problem+json too.
  // A body read by the first parser is not read again by the second.
  app.use(...credentialsBeforeBody(app.get(AccessTokens), app.get(SessionTokens)));
  app.use(`/${API_PREFIX}${SUBMISSIONS_PATH}`, submissionBodyParser());
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.useBodyParser('text', { type: 'text/csv', limit: CSV_BODY_LIMIT });
  app.use(bindRequestContext);
  app.useGlobalPipes(new NulFreePipe(), createValidationPipe());
  app.useGlobalInterceptors(
    new BodyMediaTypeInterceptor(app.get(Reflector)),
    new IdempotencyKeyInterceptor(app.get(Reflector), app.get(IdempotencyKeyRepository)),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  app.use(docsAccess(app, config));
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
  });
  return app;
}

/** The API answers under /api; the personal-link pages stay where the emails point. */
export function routeUnderApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'r/:token', method: RequestMethod.GET },
      { path: 'i/:token', method: RequestMethod.GET },
    ],
  });
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const info = new DocumentBuilder()
    .setTitle('dondoc admin API')
    .setDescription('Plans for legal dissemination and education, their workflows, reminders and inspections.')
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'From POST /auth/login' })
    .build();
  return completeOpenApiDocument(SwaggerModule.createDocument(app, info));
}

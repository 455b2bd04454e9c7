import 'reflect-metadata';
import { loadAppConfig, runProcess } from '@dondoc/config';
import { createLogger } from '@dondoc/observability';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const logger = createLogger('api', config.logLevel);
  const app = await createApiApp(config, logger);
  await app.listen(config.http.port);
  logger.info({ url: config.http.publicUrl }, 'api listening');
}

runProcess(main);

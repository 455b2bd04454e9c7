import 'reflect-metadata';
import { ConfigError, loadAppConfig } from '@dondoc/config';
import { createLogger } from '@dondoc/observability';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const logger = createLogger('api', config.logLevel);
  const app = await createApiApp(config, logger);
  await app.listen(config.http.port);
  logger.info({ url: config.http.publicUrl }, 'api listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});

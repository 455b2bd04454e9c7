import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadAppConfig, runProcess } from '@dondoc/config';
import { PinoNestLogger, createLogger } from '@dondoc/observability';
import { createWorker } from './worker.factory';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const logger = createLogger('worker', config.logLevel);
  const metricsAddress = config.temporal.workerMetricsAddress;
  Runtime.install({
    logger: new DefaultLogger('WARN', ({ level, message, meta }) =>
      logger[level === 'WARN' ? 'warn' : 'error'](meta ?? {}, message),
    ),
    ...(metricsAddress && {
      telemetryOptions: { metrics: { prometheus: { bindAddress: metricsAddress, useSecondsForDurations: true } } },
    }),
  });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  const worker = await createWorker(app, config);
  // Ctrl-C reaches us and `npm start` alike, and it then sends SIGTERM: drain once, ignore the echo.
  let draining = false;
  const drain = (): void => {
    if (draining) return;
    draining = true;
    worker.shutdown();
  };
  process.on('SIGINT', drain);
  process.on('SIGTERM', drain);
  logger.info(
    { taskQueue: config.temporal.taskQueue, address: config.temporal.address, metrics: metricsAddress ?? undefined },
    'worker running',
  );
  await worker.run();
  await app.close();
  logger.info('worker stopped');
}

runProcess(main);

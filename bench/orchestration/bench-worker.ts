import { NestFactory } from '@nestjs/core';
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { type AppConfig, loadAppConfig } from '@dondoc/config';
import { createWorker } from '../../apps/worker/src/worker.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { type BenchStack } from './bench-stack';

/** dondoc's own worker on the bench stack (a task queue of its own), and a client to start and count workflows. */
export async function startBenchWorker(stack: BenchStack, stops: Array<() => Promise<void>>) {
  const config: AppConfig = loadAppConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    SMTP_URL: `smtp://127.0.0.1:${stack.sink.smtpPort}`,
    TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
  });
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  stops.push(() => context.close());
  const worker = await createWorker(context, config);
  const running = worker.run();
  stops.push(() => (worker.shutdown(), running));
  const connection = await Connection.connect({ address: stack.temporalAddress });
  stops.push(() => connection.close());
  const client = new Client({ connection, namespace: config.temporal.namespace });
  return { config, context, worker, client };
}

import { type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type request from 'supertest';
import { type AppConfig, loadAppConfig } from '@dondoc/config';
import { createApiApp } from '../../apps/api/src/app.factory';
import { createWorker } from '../../apps/worker/src/worker.factory';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The configuration the test stack exported, on a task queue of this test file's own. */
export function stackConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadAppConfig({ ...process.env, TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`, ...overrides });
}

export type HttpTarget = Parameters<typeof request>[0];

/**
 * The API on the test stack, and the server supertest drives. It logs only errors: a 500 answers with no detail, so
 * its stack in the run's log is all a failing test has to go on.
 */
export async function startApi(config: AppConfig): Promise<{ app: INestApplication; http: HttpTarget }> {
  const app = await createApiApp(config, pino({ level: 'error' }));
  await app.init();
  return { app, http: app.getHttpServer() as HttpTarget };
}

export async function startWorker(config: AppConfig): Promise<{ worker: Worker; context: INestApplicationContext }> {
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  return { worker: await createWorker(context, config), context };
}

/** A worker polling the test stack until the returned stop is called (which also closes its context). */
export async function runWorker(config: AppConfig): Promise<() => Promise<void>> {
  const { worker, context } = await startWorker(config);
  let stop!: () => void;
  const running = worker.runUntil(new Promise<void>((resolve) => (stop = resolve)));
  return async () => {
    stop();
    await running;
    await context.close();
  };
}

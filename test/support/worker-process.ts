import { join, resolve } from 'node:path';
import { type AppConfig } from '@dondoc/config';
import { type RunningProcess, startProcess } from '@dondoc/devstack';

const root = resolve(__dirname, '../..');

export interface WorkerProcess extends RunningProcess {
  /** Resolves once the worker polls its task queue (its "worker running" log line). */
  ready: Promise<void>;
}

/** The real worker process, as `npm start` runs it, so it can be killed without a chance to clean up. */
export function spawnWorker(config: AppConfig): WorkerProcess {
  const worker = startProcess(
    'worker',
    process.execPath,
    [join(root, 'node_modules/ts-node/dist/bin.js'), 'apps/worker/src/main.ts'],
    {
      cwd: root,
      quiet: true,
      env: {
        ...process.env,
        DATABASE_URL: config.database.url,
        TEMPORAL_ADDRESS: config.temporal.address,
        TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
        SMTP_URL: config.mail.url,
        LOG_LEVEL: 'info',
      },
    },
  );
  const ready = new Promise<void>((resolvePromise, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (!seen.includes('"msg":"worker running"')) return;
      worker.child.stdout?.off('data', onData);
      resolvePromise();
    };
    worker.child.stdout?.on('data', onData);
    void worker.exited.then((code) => reject(new Error(`the worker exited (${code}) before it was running`)));
  });
  ready.catch(() => undefined); // a worker killed while starting is what some tests want
  return { ...worker, ready };
}

import { join, resolve } from 'node:path';
import { type RunningProcess, startProcess } from './service-process';

const root = resolve(__dirname, '../../..');

export interface WorkerProcess extends RunningProcess {
  /** Resolves once the worker polls its task queue (its "worker running" log line). */
  ready: Promise<void>;
}

/**
 * dondoc's worker as its own process, as `npm start` runs it (from source), on the services `env` names
 * (DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE, SMTP_URL): a second worker beside one in-process, or one
 * a test can kill without a chance to clean up.
 */
export function spawnWorkerProcess(env: NodeJS.ProcessEnv, name = 'worker'): WorkerProcess {
  const worker = startProcess(
    name,
    process.execPath,
    [join(root, 'node_modules/ts-node/dist/bin.js'), 'apps/worker/src/main.ts'],
    { cwd: root, quiet: true, env: { ...process.env, ...env, LOG_LEVEL: 'info' } },
  );
  const ready = new Promise<void>((resolvePromise, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      if (!seen.includes('"msg":"worker running"')) return;
      worker.child.stdout?.off('data', onData);
      worker.child.stderr?.off('data', onData);
      resolvePromise();
    };
    worker.child.stdout?.on('data', onData);
    worker.child.stderr?.on('data', onData);
    void worker.exited.then((code) =>
      reject(new Error(`${name} exited (${code}) before it was running; its last words:\n${seen.slice(-1500)}`)),
    );
  });
  ready.catch(() => undefined); // a worker killed while it starts is what some tests want
  return { ...worker, ready };
}

import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const root = resolve(__dirname, '../..');

export interface StoppablePostgres {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  exit(): Promise<void>;
}

/** test/support/postgres-process.ts in a child process: a database a test may take down and bring back. */
export async function startStoppablePostgres(dataDir: string, port: number, database: string) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/ts-node/dist/bin.js'),
      join(__dirname, 'postgres-process.ts'),
      dataDir,
      String(port),
      database,
    ],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the PostgreSQL process ended');
    return value;
  };
  const command = async (name: string): Promise<void> => {
    child.stdin.write(`${name}\n`);
    while ((await next()) !== `${name} done`);
  };
  const ready = await next();
  return {
    url: ready.replace(/^ready /, ''),
    stop: () => command('stop'),
    start: () => command('start'),
    exit: async () => {
      await command('exit').catch(() => undefined);
      child.kill();
    },
  } satisfies StoppablePostgres;
}

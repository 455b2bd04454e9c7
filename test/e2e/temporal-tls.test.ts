import { type INestApplication } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadDevstackConfig } from '@dondoc/config';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import {
  type ClusterTls,
  freePortBelow,
  type RunningCluster,
  resolveTemporalCluster,
  startTemporalCluster,
} from '@dondoc/devstack';
import { planIntakeBody } from '../factories/plan.factory';
import { mailsTo } from '../support/mail-sink-client';
import { loginAs } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

const SERVER_NAME = 'temporal.dondoc.invalid';

/** A CA, the frontend's certificate and a client's, made with openssl for this run only. */
function certificates(dir: string): ClusterTls {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const sign = (name: string, subject: string, extensions: string) => {
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    writeFileSync(join(dir, `${name}.ext`), extensions);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
  };
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=dondoc test CA',
  );
  sign('server', `/CN=${SERVER_NAME}`, `subjectAltName=DNS:${SERVER_NAME}\nextendedKeyUsage=serverAuth,clientAuth\n`);
  sign('client', '/CN=dondoc-worker', 'extendedKeyUsage=clientAuth\n');
  const file = (name: string) => join(dir, name);
  return {
    caFile: file('ca.pem'),
    certFile: file('server.pem'),
    keyFile: file('server.key'),
    serverName: SERVER_NAME,
    clientCertFile: file('client.pem'),
    clientKeyFile: file('client.key'),
  };
}

/** The API and the worker on a Temporal frontend that speaks only mTLS, configured by TEMPORAL_TLS_* alone. */
describe('Temporal over mutual TLS', () => {
  let dir: string;
  let tls: ClusterTls;
  let cluster: RunningCluster;
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    const devstack = loadDevstackConfig();
    const database = new URL(process.env.DATABASE_URL!);
    dir = mkdtempSync(join(tmpdir(), 'dondoc-tls-'));
    tls = certificates(dir);
    cluster = await startTemporalCluster({
      binaries: await resolveTemporalCluster({ cacheDir: devstack.cacheDir, explicit: devstack.temporal.cluster }),
      postgres: {
        host: database.hostname,
        port: Number(database.port),
        user: decodeURIComponent(database.username),
        password: decodeURIComponent(database.password),
      },
      databasePrefix: `temporal_tls_${process.pid}`,
      dir: join(dir, 'cluster'),
      frontendPort: await freePortBelow(32_768),
      searchAttributes: searchAttributeDeclarations,
      tls,
      quiet: true,
    });
    const config = stackConfig({
      TEMPORAL_ADDRESS: cluster.address,
      TEMPORAL_TLS_CA_FILE: tls.caFile,
      TEMPORAL_TLS_CERT_FILE: tls.clientCertFile,
      TEMPORAL_TLS_KEY_FILE: tls.clientKeyFile,
      TEMPORAL_TLS_SERVER_NAME: SERVER_NAME,
    });
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
  }, 600_000);

  afterAll(async () => {
    await stopWorker?.();
    await app?.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a plan intake to its email, the API and the worker each presenting the client certificate', async () => {
    await request(http).get('/health').expect(200);
    const coordinator = await loginAs(app, http, 'coordinator');
    const body = planIntakeBody();
    await request(http).post('/api/plans').set(coordinator.auth).send(body).expect(201);
    const [mail] = await mailsTo(String(body.standingOfficeEmail), { timeoutMs: 60_000 });
    expect(mail?.subject).toContain(String(body.number));
  });

  it('refuses a caller without a client certificate, and one that speaks plain text', async () => {
    const attempt = async (options: Parameters<typeof Connection.connect>[0]) => {
      const connection = await Connection.connect({ ...options, address: cluster.address, connectTimeout: 3_000 });
      try {
        await connection.workflowService.getSystemInfo({});
      } finally {
        await connection.close();
      }
    };
    const serverOnly = { serverNameOverride: SERVER_NAME, serverRootCACertificate: readFileSync(tls.caFile) };
    await expect(attempt({ tls: serverOnly })).rejects.toThrow();
    await expect(attempt({})).rejects.toThrow();
  });
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import pino from 'pino';
import { PasswordHasher } from '@dondoc/auth';
import { loadAppConfig } from '@dondoc/config';
import { freePort } from '@dondoc/devstack';
import { UserRepository } from '@dondoc/persistence';
import { createApiApp } from '../../apps/api/src/app.factory';

export interface BenchApi {
  app: INestApplication;
  url: string;
  /** A coordinator's `Bearer …` header, from POST /api/auth/login. */
  authorization: string;
  userId: string;
}

/**
 * The real API as main.ts builds it (production settings, request logging at info into /dev/null), on a free port
 * over `databaseUrl`. Its Temporal client connects lazily and the read routes never call it, so it points at a port
 * nobody listens on: the digest starter's attempt fails in the background, the reads do not notice.
 */
export async function startBenchApi(
  databaseUrl: string,
  stops: Array<() => Promise<void>>,
  log: (line: string) => void,
): Promise<BenchApi> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dondoc-bench-api-'));
  stops.push(() => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
  const port = await freePort();
  const config = loadAppConfig({
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: 'quantri@bench.dondoc.invalid',
    ADMIN_PASSWORD: randomBytes(16).toString('hex'),
    DONDOC_DATA_DIR: dataDir,
  });
  const logger = pino(
    { name: 'api', level: 'info', base: { service: 'api' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ dest: devNull, sync: false }),
  );
  const app = await createApiApp(config, logger);
  stops.push(() => app.close());
  await app.listen(port);
  const url = `http://127.0.0.1:${port}`;

  const password = randomBytes(16).toString('hex');
  const coordinator = await app.get(UserRepository).create({
    email: 'dieuphoi@bench.dondoc.invalid',
    name: 'Nguyễn Thị Điều Phối',
    role: 'coordinator',
    passwordHash: await app.get(PasswordHasher).hash(password),
  });
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: coordinator.email, password }),
  });
  if (login.status !== 200) throw new Error(`login as the coordinator failed: ${login.status} ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  log(`API on ${url}, logged in as ${coordinator.email}`);
  return { app, url, authorization: `Bearer ${accessToken}`, userId: coordinator.id };
}

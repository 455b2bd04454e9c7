import { type INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { freePort } from '@dondoc/devstack';
import { migrateDatabase } from '@dondoc/persistence';
import { eventually } from '../support/orchestration';
import { startStoppablePostgres, type StoppablePostgres } from '../support/postgres-process-client';
import { type LoggedIn, loginAs } from '../support/registry';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

/** A PostgreSQL of this test's own, so stopping it takes nothing from the other tests. */
describe('PostgreSQL down and back', () => {
  let dir: string;
  let postgres: StoppablePostgres;
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dondoc-outage-'));
    postgres = await startStoppablePostgres(join(dir, 'data'), await freePort(), 'dondoc_outage');
    await migrateDatabase(postgres.url);
    ({ app, http } = await startApi(stackConfig({ DATABASE_URL: postgres.url })));
    coordinator = await loginAs(app, http, 'coordinator');
  });

  afterAll(async () => {
    await app?.close();
    await postgres?.exit();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After within seconds while it is down, and serves again once it is back', async () => {
    await request(http).get('/api/plans').set(coordinator.auth).expect(200);
    await postgres.stop();

    const started = Date.now();
    const down = await request(http).get('/api/plans').set(coordinator.auth);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(down.headers['retry-after'])).toBeGreaterThan(0);
    expect(down.body).toMatchObject({ status: 503, code: 'DatabaseUnavailable' });
    await request(http).get('/health').expect(503);

    await postgres.start();
    const back = await eventually(
      () => request(http).get('/api/plans').set(coordinator.auth),
      (response) => response.status === 200,
      { timeoutMs: 30_000, what: 'the API serving again' },
    );
    expect(back.status).toBe(200);
  });
});

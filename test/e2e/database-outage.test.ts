import { type INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { freeServerPort } from '@dondoc/devstack';
import { migrateDatabase } from '@dondoc/persistence';
import { daysFromToday, eventually, onceDue, seedPlanWithTask } from '../support/orchestration';
import { mailsTo } from '../support/mail-sink-client';
import { startStoppablePostgres, type StoppablePostgres } from '../support/postgres-process-client';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

/** A PostgreSQL of this test's own, so stopping it takes nothing from the other tests. */
describe('PostgreSQL down and back', () => {
  let dir: string;
  let postgres: StoppablePostgres;
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let stopWorker: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dondoc-outage-'));
    postgres = await startStoppablePostgres(join(dir, 'data'), await freeServerPort(), 'dondoc_outage');
    await migrateDatabase(postgres.url);
    const config = stackConfig({ DATABASE_URL: postgres.url });
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
  });

  afterAll(async () => {
    await stopWorker?.();
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

  it('lets the activities of a plan starting while it is down retry until every assignment is open, each mailed once', async () => {
    const agencies = [];
    for (let i = 0; i < 12; i += 1) agencies.push(await seedAgency(app, { name: `Phòng Tư pháp huyện ${i + 1}` }));
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20)));
    await request(http).post(`/api/plans/${plan.id}/activate`).set(coordinator.auth).send({}).expect(202);
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await postgres.start();

    const rows = await eventually(
      async () =>
        (await request(http).get(`/api/plans/${plan.id}/assignments`).set(coordinator.auth)).body as {
          items?: Array<{ workflowId: string | null }>;
        },
      (body) => body.items?.length === agencies.length && body.items.every((item) => item.workflowId !== null),
      { timeoutMs: 120_000, what: 'every assignment open after the outage' },
    );
    expect(rows.items).toHaveLength(agencies.length);
    for (const agency of agencies) {
      const given = (await mailsTo(agency.focalEmails[0], { timeoutMs: 90_000 })).filter((mail) =>
        mail.subject.startsWith('[dondoc] Giao nhiệm vụ'),
      );
      expect(given).toHaveLength(1);
    }
  }, 240_000);
});

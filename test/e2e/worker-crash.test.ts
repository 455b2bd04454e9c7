import { type INestApplication } from '@nestjs/common';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { type RunningProcess, startProcess } from '@dondoc/devstack';
import { AssignmentRepository, PlanRepository } from '@dondoc/persistence';
import { SENDING_LEASE_MS } from '@dondoc/notifications';
import { eventually, importSeedPlan } from '../support/orchestration';
import { allAssignmentsOf, expectOneReminderEach, inboxesOf, remindAnnualTasksToday } from '../support/reminder-burst';
import { type LoggedIn, loginAs } from '../support/registry';
import { laiChauDirectory, ownProvince } from '../support/seed-plans';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

const root = resolve(__dirname, '../..');

/** The real worker process, as `npm start` runs it, so it can be killed without a chance to clean up. */
function spawnWorker(config: AppConfig): RunningProcess {
  return startProcess(
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
        LOG_LEVEL: 'warn',
      },
    },
  );
}

describe('a seed plan, activated, with its worker killed mid-plan: it carries on and no email is sent twice', () => {
  let config: AppConfig;
  let api: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    config = stackConfig();
    ({ app: api, http } = await startApi(config));
    coordinator = await loginAs(api, http, 'coordinator');
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await api.close();
  });

  it('activates seed 003 as imported, survives a SIGKILL mid fan-out, and sends each assignment its reminder once', async () => {
    const planId = await importSeedPlan(http, coordinator.auth, laiChauDirectory(ownProvince()));
    // Every annual task due today, its one reminder two or three minutes from now, so the crash always comes before
    // it (activation is given at most a minute). The worker stays dead past that instant: work whose start the crash
    // delays still gets its reminder, once.
    const { sendAt, expected } = await remindAnnualTasksToday(api, planId);
    expect(expected).toBeGreaterThan(20);
    const plans = api.get(PlanRepository);

    workers.push(spawnWorker(config));
    await request(http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send({}).expect(202);
    await eventually(
      () => plans.getById(planId),
      (row) => row?.status === 'active',
      { timeoutMs: 60_000, what: 'plan active' },
    );
    expect(Date.now()).toBeLessThan(sendAt);
    workers[0].child.kill('SIGKILL');
    await workers[0].exited;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, Math.max(0, sendAt + 5_000 - Date.now())));
    workers.push(spawnWorker(config));

    const assignments = api.get(AssignmentRepository);
    const all = await eventually(
      () => allAssignmentsOf(api, planId),
      (rows) => rows.length === expected && rows.every((row) => row.workflowId !== null),
      { timeoutMs: 90_000, what: `${expected} assignments with workflows` },
    );
    // A replay or a retried activity sends nothing more; a send the crash cut off waits out its outbox lease.
    await expectOneReminderEach(await inboxesOf(api, all), sendAt - Date.now() + SENDING_LEASE_MS + 150_000);

    const first = all[0];
    const officer = await loginAs(api, http, 'agency_officer', { agencyId: first.agencyId });
    await request(http)
      .post(`/api/assignments/${first.id}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Đã triển khai ứng dụng chuyển đổi số trong công tác PBGDPL năm 2026.' })
      .expect(201);
    await request(http)
      .post(`/api/assignments/${first.id}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'accepted' })
      .expect(200);
    await eventually(
      () => assignments.getById(first.id),
      (row) => row?.status === 'accepted',
      { what: 'assignment accepted' },
    );
    await request(http)
      .post(`/api/plans/${planId}/cancel`)
      .set(coordinator.auth)
      .send({ reason: 'Kết thúc kiểm thử' })
      .expect(202);
  }, 720_000); // waits for a real reminder minute, a crash, the outbox lease of a send it cut off, and the recovery
});

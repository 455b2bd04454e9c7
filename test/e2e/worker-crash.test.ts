import { type INestApplication } from '@nestjs/common';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { type RunningProcess, startProcess } from '@dondoc/devstack';
import { atLocalTime, localDateOf } from '@dondoc/domain';
import {
  type AgencyEntity,
  AssignmentRepository,
  CalendarAdjustmentRepository,
  PlanRepository,
  withPolicyDefaults,
} from '@dondoc/persistence';
import { mailsTo } from '../support/mail-sink-client';
import { eventually, onceDue, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

const AGENCIES = 20;
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

describe('a worker killed mid-plan: the plan carries on and no email is sent twice', () => {
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

  it('after SIGKILL during the fan-out, a new worker finishes it and each agency gets its reminder exactly once', async () => {
    // The due-day reminder 90 s from now, on a day the calendar declares a working day (the test may run on a Sunday).
    const sendAt = Math.ceil((Date.now() + 90_000) / 60_000) * 60_000;
    const today = localDateOf(sendAt);
    const sendTime = new Date(sendAt + 7 * 3_600_000).toISOString().slice(11, 16);
    expect(atLocalTime(today, sendTime)).toBe(sendAt);
    await api.get(CalendarAdjustmentRepository).upsertYear(Number(today.slice(0, 4)), { workingDays: [today] }, null);

    const agencies: AgencyEntity[] = [];
    for (let index = 0; index < AGENCIES; index += 1) agencies.push(await seedAgency(api));
    const { plan } = await seedPlanWithTask(api, agencies, onceDue(today));
    await api
      .get(PlanRepository)
      .update(plan.id, { policy: withPolicyDefaults({ reminderDaysBefore: [0], sendTime }) });

    workers.push(spawnWorker(config));
    await request(http).post(`/plans/${plan.id}/activate`).set(coordinator.auth).send({}).expect(202);
    await eventually(
      () => api.get(PlanRepository).getById(plan.id),
      (row) => row?.status === 'active',
      { timeoutMs: 60_000, what: 'plan active' },
    );
    workers[0].child.kill('SIGKILL');
    await workers[0].exited;

    workers.push(spawnWorker(config));
    const assignments = api.get(AssignmentRepository);
    const all = await eventually(
      () => assignments.listForPlan(plan.id, { pageSize: 100 }),
      (page) => page.total === AGENCIES && page.items.every((row) => row.workflowId !== null),
      { timeoutMs: 90_000, what: `${AGENCIES} assignments with workflows` },
    );
    expect(all.items.map((row) => row.status)).toEqual(Array(AGENCIES).fill('pending'));

    const reminders = await Promise.all(
      agencies.map((agency) => mailsTo(agency.focalEmails[0], { atLeast: 1, timeoutMs: sendAt - Date.now() + 60_000 })),
    );
    // Let any duplicate that a replayed workflow or retried activity might send arrive before counting.
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 3_000));
    const counted = await Promise.all(agencies.map((agency) => mailsTo(agency.focalEmails[0], { atLeast: 0 })));
    expect(counted.map((mails) => mails.length)).toEqual(Array(AGENCIES).fill(1));
    expect(reminders[0][0].subject).toMatch(/hôm nay là hạn báo cáo/);

    const officer = await loginAs(api, http, 'agency_officer', { agencyId: agencies[0].id });
    const first = all.items.find((row) => row.agencyId === agencies[0].id)!;
    await request(http)
      .post(`/assignments/${first.id}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Đã tổ chức Ngày Pháp luật tại 8 huyện, thành phố.' })
      .expect(201);
    await request(http)
      .post(`/assignments/${first.id}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'accepted' })
      .expect(200);
    await eventually(
      () => assignments.getById(first.id),
      (row) => row?.status === 'accepted',
      { what: 'assignment accepted' },
    );
    await request(http)
      .post(`/plans/${plan.id}/cancel`)
      .set(coordinator.auth)
      .send({ reason: 'Kết thúc kiểm thử' })
      .expect(202);
  });
});

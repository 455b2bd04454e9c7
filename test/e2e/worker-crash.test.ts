import { type INestApplication } from '@nestjs/common';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { type RunningProcess, startProcess } from '@dondoc/devstack';
import { type IsoDate, atLocalTime, expandPlanPeriods, localDateOf, withPolicyDefaults } from '@dondoc/domain';
import {
  AgencyRepository,
  AssignmentRepository,
  CalendarAdjustmentRepository,
  PlanRepository,
  TaskRepository,
  EVERY_AGENCY,
} from '@dondoc/persistence';
import { SENDING_LEASE_MS } from '@dondoc/notifications';
import { mailsTo } from '../support/mail-sink-client';
import { eventually, importSeedPlan } from '../support/orchestration';
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
    // A short test policy: every annual task is due today, its one reminder two or three minutes from now, on a
    // working day, so the crash always comes before it (activation is given at most a minute). The worker stays dead
    // past that instant: work whose start the crash delays still gets its reminder, once.
    const sendAt = Math.ceil((Date.now() + 120_000) / 60_000) * 60_000;
    const today = localDateOf(sendAt);
    const sendTime = new Date(sendAt + 7 * 3_600_000).toISOString().slice(11, 16);
    expect(atLocalTime(today, sendTime)).toBe(sendAt);
    const [year, month, day] = today.split('-').map(Number);
    await api.get(CalendarAdjustmentRepository).upsertYear(year, { workingDays: [today] }, null);
    const plans = api.get(PlanRepository);
    await plans.update(planId, {
      policy: withPolicyDefaults({ reminderDaysBefore: [0], sendTime, annualReportDate: { month, day } }),
    });
    const expected = await assignmentsDueToday(planId, today);
    expect(expected).toBeGreaterThan(20);

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
      () => allAssignments(planId),
      (rows) => rows.length === expected && rows.every((row) => row.workflowId !== null),
      { timeoutMs: 90_000, what: `${expected} assignments with workflows` },
    );

    // Every assignment's focal point gets the due-day reminder once: a replay or a retried activity sends nothing
    // more. A send the crash cut off waits out its outbox lease before it is retried.
    const agencies = new Map(
      (await api.get(AgencyRepository).findByIds(all.map((row) => row.agencyId))).map((a) => [a.id, a]),
    );
    const inboxOf = (agencyId: string) => agencies.get(agencyId)!.focalEmails[0];
    const expectedPerInbox = new Map<string, number>();
    for (const row of all)
      expectedPerInbox.set(inboxOf(row.agencyId), (expectedPerInbox.get(inboxOf(row.agencyId)) ?? 0) + 1);
    const remindersIn = async (inbox: string) =>
      (await mailsTo(inbox, { atLeast: 0 })).filter((mail) => mail.subject.startsWith('[dondoc] Nhắc hạn báo cáo'));
    const remindersBy = async () =>
      new Map(
        await Promise.all(
          [...expectedPerInbox.keys()].map(async (inbox) => [inbox, await remindersIn(inbox)] as const),
        ),
      );
    await eventually(
      remindersBy,
      (received) => [...expectedPerInbox].every(([inbox, count]) => received.get(inbox)!.length >= count),
      {
        timeoutMs: sendAt - Date.now() + SENDING_LEASE_MS + 150_000,
        what: `${expected} reminders`,
      },
    ).catch(() => undefined);
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 3_000));
    const received = await remindersBy();
    const short = [...expectedPerInbox].filter(([inbox, count]) => received.get(inbox)!.length !== count);
    expect(short.map(([inbox, count]) => `${inbox}: ${received.get(inbox)!.length} of ${count}`)).toEqual([]);
    const reminders = [...received.values()].flat();
    // Each mail carries its own personal link: the same body twice is the same mail sent twice.
    const seen = new Map<string, number>();
    for (const mail of reminders)
      seen.set(`${mail.to.join(',')}|${mail.text}`, (seen.get(`${mail.to.join(',')}|${mail.text}`) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1).map(([key]) => key.slice(0, 400))).toEqual([]);
    expect(reminders).toHaveLength(expected);
    expect(reminders.every((mail) => /hôm nay là hạn báo cáo/.test(mail.subject))).toBe(true);

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

  /** Assignments the plan's schedule opens today: one per distinct agency of each task with a period due today. */
  async function assignmentsDueToday(planId: string, today: string): Promise<number> {
    const plan = await api.get(PlanRepository).getById(planId);
    const tasks = await api.get(TaskRepository).listForPlan(planId);
    const policy = withPolicyDefaults(plan!.policy);
    const { periods } = expandPlanPeriods(
      tasks.map((task) => ({ taskId: task.id, taskCode: task.code, schedule: task.schedule })),
      {
        planPeriod: { from: plan!.periodFrom!, to: plan!.periodTo! },
        annualReportDate: policy.annualReportDate,
        activatedOn: today as IsoDate,
      },
    );
    let count = 0;
    for (const period of periods.filter((candidate) => candidate.due === today)) {
      const links = await api.get(TaskRepository).listAgencies(period.taskId);
      count += new Set(links.map((link) => link.agencyId)).size;
    }
    return count;
  }

  async function allAssignments(planId: string) {
    const rows = [];
    for (let page = 1; ; page += 1) {
      const batch = await api.get(AssignmentRepository).list(EVERY_AGENCY, { planId, pageSize: 100, page });
      rows.push(...batch.items);
      if (rows.length >= batch.total || batch.items.length === 0) return rows;
    }
  }
});

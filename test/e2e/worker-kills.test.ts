import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type AppConfig } from '@dondoc/config';
import { type SunkMail } from '@dondoc/devstack';
import { mulberry32 } from '@dondoc/domain';
import { InspectionRepository, PlanRepository } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { mailsTo } from '../support/mail-sink-client';
import { eventually, importSeedPlan } from '../support/orchestration';
import {
  allAssignmentsOf,
  byMessageId,
  expectOneReminderEach,
  inboxesOf,
  remindAnnualTasksToday,
} from '../support/reminder-burst';
import { type LoggedIn, loginAs, seedAgency, seedUser } from '../support/registry';
import { directoryMailedAt } from '../support/seed-plans';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';
import { type WorkerProcess, spawnWorker } from '../support/worker-process';

type Phase = 'fan-out' | 'submissions' | 'reviews' | 'inspection' | 'reminders';
const KILLS: Record<Phase, number> = { 'fan-out': 5, submissions: 4, reviews: 4, inspection: 3, reminders: 4 };

/**
 * A plan's whole life (fan-out, one task's reports and reviews, the inspection they set off, the other tasks' due-day
 * reminders) while its only worker is killed with SIGKILL at 20 random points and started again each time. Whatever
 * a kill cut off is done again by a retry or a replay, so in the end the database, Temporal's visibility and the mail
 * sink agree: every assignment once with its workflow, every mail once, nothing left waiting.
 */
describe('a plan’s life with its worker killed at 20 random points', () => {
  const seed = Number(process.env.WORKER_KILLS_SEED ?? Date.now() % 1_000_000);
  // Seeded, so a failing run's kill points can be replayed with WORKER_KILLS_SEED.
  const random = mulberry32(seed);
  const between = (fromMs: number, toMs: number) => Math.round(fromMs + random() * (toMs - fromMs));
  let config: AppConfig;
  let lease: number;
  let api: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let worker: WorkerProcess;
  const kills: Array<{ phase: Phase; afterReadyMs: number }> = [];

  beforeAll(async () => {
    // A send a kill cuts off goes out again once its lease is over: the shortest lease, so the test waits least.
    config = stackConfig({ MAIL_SENDING_LEASE_SECONDS: '60' });
    lease = config.mail.sendingLeaseMs;
    ({ app: api, http } = await startApi(config));
    coordinator = await loginAs(api, http, 'coordinator');
    worker = spawnWorker(config);
    await worker.ready;
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  /** Once the worker polls, waits `afterReadyMs`, kills it with SIGKILL and starts the next one. */
  async function killWorker(phase: Phase, afterReadyMs: number): Promise<void> {
    await worker.ready;
    await sleep(afterReadyMs);
    worker.child.kill('SIGKILL');
    await worker.exited;
    kills.push({ phase, afterReadyMs });
    worker = spawnWorker(config);
  }

  /** Sends until it is answered: a 503 while the worker is down is retried with the same key. */
  async function untilDone(send: (key: string) => request.Test): Promise<request.Response> {
    const key = randomUUID();
    return eventually(
      () =>
        send(key).catch((error: Error) => {
          throw new Error(`${send.toString().slice(0, 200)}: ${error.stack ?? error.message}`);
        }),
      (response) => response.status !== 503,
      { timeoutMs: 120_000, what: 'an answer other than 503' },
    );
  }

  it(`keeps every assignment, sends every mail once and leaves nothing waiting (WORKER_KILLS_SEED=${seed})`, async () => {
    const began = new Date();
    const planId = await importSeedPlan(http, coordinator.auth, directoryMailedAt(`kills${seed}`));
    const plan = await api.get(PlanRepository).getById(planId);
    const inspectorAgency = await seedAgency(api, { province: plan!.province! });
    const inspector = await seedUser(api, 'inspector', {
      agencyId: inspectorAgency.id,
      email: `inspector-${randomUUID().slice(0, 8)}@dondoc.invalid`,
    });
    // The phases before the reminder instant took 60 s in one run and over 130 s in another, beside another file; it
    // now runs beside two: 270–330 s ahead.
    const { sendAt, expected } = await remindAnnualTasksToday(api, planId, 270_000, {
      inspection: {
        delayDays: 0,
        teams: 1,
        agenciesPerTeam: 2,
        windowDays: 5,
        reportDueDays: 10,
        inspectorsPerTeam: 1,
        graceDays: 30,
      },
    });
    expect(expected).toBeGreaterThan(20);

    // Fan-out: killed while the plan opens its periods and starts the assignments.
    await request(http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send({}).expect(202);
    for (let i = 0; i < KILLS['fan-out']; i += 1) await killWorker('fan-out', between(0, 4_000));
    const all = await eventually(
      () => allAssignmentsOf(api, planId),
      (rows) => rows.length === expected && rows.every((row) => row.workflowId !== null),
      { timeoutMs: 120_000, what: `${expected} assignments with workflows` },
    );

    // Reports and reviews of the task with the fewest agencies, each request racing a kill, and the inspection they
    // set off: done while the rest wait for their due day's reminder instant, so that the test does not idle.
    const byTask = new Map<string, typeof all>();
    for (const row of all) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row]);
    const task = [...byTask.values()].sort((a, b) => a.length - b.length)[0];
    const officers = new Map<string, LoggedIn>();
    for (const row of task)
      officers.set(row.id, await loginAs(api, http, 'agency_officer', { agencyId: row.agencyId }));
    for (const phase of ['submissions', 'reviews'] as const) {
      const killing = (async () => {
        for (let i = 0; i < KILLS[phase]; i += 1) await killWorker(phase, between(0, 3_000));
      })();
      for (const row of task) {
        const answered =
          phase === 'submissions'
            ? await untilDone((key) =>
                request(http)
                  .post(`/api/assignments/${row.id}/submissions`)
                  .set(officers.get(row.id)!.auth)
                  .set('Idempotency-Key', key)
                  .send({ reportText: 'Đã tổ chức tuyên truyền pháp luật về đất đai tại 12 xã, phường.' }),
              )
            : await untilDone((key) =>
                request(http)
                  .post(`/api/assignments/${row.id}/review`)
                  .set(coordinator.auth)
                  .set('Idempotency-Key', key)
                  .send({ outcome: 'accepted' }),
              );
        // With its body, so that a refusal says why (a 409 carries the workflow's reason and code).
        const expected = phase === 'submissions' ? 201 : 200;
        expect(`${phase} ${answered.status} ${JSON.stringify(answered.body)}`).toMatch(`${phase} ${expected} `);
      }
      await killing;
    }

    // Inspection: all of the task's reports accepted and no delay, so it is drawn and briefed at once.
    for (let i = 0; i < KILLS.inspection; i += 1) await killWorker('inspection', between(0, 3_000));
    // The reported task is settled before its due day's instant, so it is owed no reminder.
    expect(Date.now()).toBeLessThan(sendAt - 20_000);

    // Reminders: killed just before the instant, at it, and while the burst goes out.
    await sleep(Math.max(0, sendAt - between(5_000, 15_000) - Date.now()));
    await killWorker('reminders', 0);
    for (let i = 1; i < KILLS.reminders; i += 1) await killWorker('reminders', between(0, 2_000));
    await worker.ready;
    expect(kills).toHaveLength(20);

    // Every assignment mailed once when given, and each not yet settled reminded once on its due day (a send a kill
    // cut off goes out again once its outbox lease is over).
    const given = await inboxesOf(api, all);
    const reported = new Set(task.map((row) => row.id));
    const unsettled = await inboxesOf(
      api,
      all.filter((row) => !reported.has(row.id)),
    );
    const repeated: string[] = [];
    for (const [inbox, count] of given) {
      const sunk = await mailsTo(inbox, { atLeast: count, timeoutMs: lease + 120_000 });
      const assigned = byMessageId(sunk.filter((mail) => mail.subject.startsWith('[dondoc] Giao nhiệm vụ')));
      repeated.push(...assigned.repeated);
      expect({
        inbox,
        given: assigned.mails.length,
        distinct: new Set(assigned.mails.map((mail) => mail.text)).size,
      }).toEqual({
        inbox,
        given: count,
        distinct: count,
      });
    }
    const owed = new Map([...given.keys()].map((inbox) => [inbox, unsettled.get(inbox) ?? 0]));
    repeated.push(...(await expectOneReminderEach(owed, lease + 120_000)));

    // The last 'accepted' mail comes before the task can settle: one a kill cut off mid-send waits out its lease
    // (it is tried again a second after), so the inspection may come a lease later, or two if its own mail is cut.
    const inspections = await eventually(
      () => api.get(InspectionRepository).listForPlan(planId),
      (page) => page.items.length > 0 && page.items.every((row) => row.teams.length > 0),
      { timeoutMs: 2 * lease + 120_000, what: 'the inspection drawn' },
    );
    expect({ seed, inspections: inspections.items.map((row) => row.taskId) }).toEqual({
      seed,
      inspections: [task[0].taskId],
    });
    const briefings = (await mailsTo(inspector.email, { atLeast: 1, timeoutMs: lease + 120_000 })).filter((mail) =>
      mail.subject.includes('kiểm tra'),
    );
    expect(briefings).toHaveLength(1);

    // The outbox holds nothing waiting or failed; the sink has each of its mails, and a mail twice only where a kill
    // cut an attempt off after the relay took it (the row's second attempt sent it again, same Message-ID).
    const database = api.get(DataSource);
    const recipients = [...given.keys(), inspector.email];
    const outbox = await eventually(
      () =>
        database.query<Array<{ status: string; message_id: string | null; attempts: number }>>(
          `SELECT status, smtp_message_id AS message_id, attempts FROM notifications
            WHERE created_at >= $1 AND recipients && $2::text[]`,
          [began, recipients],
        ),
      (rows) => rows.every((row) => row.status === 'sent'),
      { timeoutMs: lease + 120_000, what: 'every outbox row sent' },
    );
    const deliveries = new Map<number, SunkMail>();
    for (const to of recipients) for (const mail of await mailsTo(to, { atLeast: 0 })) deliveries.set(mail.id, mail);
    const sunk = byMessageId([...deliveries.values()]);
    const retried = new Set(outbox.filter((row) => row.attempts > 1).map((row) => row.message_id));
    expect({ seed, unexplained: [...sunk.repeated, ...repeated].filter((id) => !retried.has(id)) }).toEqual({
      seed,
      unexplained: [],
    });
    const inSink = new Set(sunk.mails.map((mail) => mail.messageId));
    expect(outbox.filter((row) => !inSink.has(row.message_id!))).toEqual([]);
    expect(sunk.mails).toHaveLength(outbox.length);

    // The database and Temporal's visibility agree: one running or completed workflow per assignment row, no other.
    const rows = await allAssignmentsOf(api, planId);
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((row) => row.workflowId)).size).toBe(expected);
    const temporal = api.get(TemporalClient);
    const visible = await eventually(
      async () => {
        const ids = new Map<string, string>();
        for await (const execution of temporal.workflow.list({
          query: `WorkflowType = 'assignmentWorkflow' AND DondocPlanId = '${planId}'`,
        })) {
          ids.set(execution.workflowId, execution.status.name);
        }
        return ids;
      },
      (ids) => ids.size === expected,
      { timeoutMs: 30_000, what: 'every assignment workflow visible' },
    );
    const accepted = new Set(task.map((row) => row.workflowId));
    expect(
      rows.filter((row) => visible.get(row.workflowId!) !== (accepted.has(row.workflowId) ? 'COMPLETED' : 'RUNNING')),
    ).toEqual([]);
    const repeatedEvents = await database.query(
      `SELECT assignment_id, action, count(*)::int AS times FROM assignment_events
        WHERE plan_id = $1 AND action IN ('opened', 'submitted', 'accepted')
        GROUP BY assignment_id, action, deadline_version HAVING count(*) > 1`,
      [planId],
    );
    expect(repeatedEvents).toEqual([]);
    const versions = await database.query<Array<{ versions: number }>>(
      `SELECT count(*)::int AS versions FROM submissions WHERE assignment_id = ANY($1::uuid[]) GROUP BY assignment_id`,
      [task.map((row) => row.id)],
    );
    expect(versions.map((row) => row.versions)).toEqual(task.map(() => 1));

    await request(http)
      .post(`/api/plans/${planId}/cancel`)
      .set(coordinator.auth)
      .send({ reason: 'Kết thúc kiểm thử' })
      .expect(202);
  }, 900_000); // a real reminder minute, 20 worker starts, and the outbox lease of a send a kill cut off
});

import { type INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadDevstackConfig } from '@dondoc/config';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import { localDateOf } from '@dondoc/domain';
import { freePortBelow, type RunningCluster, resolveTemporalCluster, startTemporalCluster } from '@dondoc/devstack';
import { AssignmentHistoryRepository, AssignmentRepository, EVERY_AGENCY, PlanRepository } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { mailsTo } from '../support/mail-sink-client';
import { eventually, importSeedPlan } from '../support/orchestration';
import { seedFanOutPlan } from '../../bench/orchestration/seed-fan-out';
import {
  allAssignmentsOf,
  byMessageId,
  expectOneReminderEach,
  firstReminderIn,
  inboxesOf,
  remindAnnualTasksToday,
} from '../support/reminder-burst';
import { untilTodayHolds } from '../support/local-day';
import { type LoggedIn, loginAs } from '../support/registry';
import { directoryMailedAt } from '../support/seed-plans';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

/**
 * The production shape: the real Temporal server on PostgreSQL, its four services in four processes, two workers
 * and two API instances. The history service is killed with SIGKILL in the middle of a 3,000-assignment fan-out and
 * of a reminder burst, and started again; every assignment still gets exactly one workflow, and its agency exactly
 * one email about it and one reminder.
 */
describe('plans on a real Temporal cluster, with its history service killed mid fan-out and mid reminder burst', () => {
  let dir: string;
  let cluster: RunningCluster;
  const apis: Array<{ app: INestApplication; http: HttpTarget }> = [];
  const stopWorkers: Array<() => Promise<void>> = [];
  let coordinator: LoggedIn;

  beforeAll(async () => {
    const devstack = loadDevstackConfig();
    const database = new URL(process.env.DATABASE_URL!);
    dir = mkdtempSync(join(tmpdir(), 'dondoc-cluster-'));
    cluster = await startTemporalCluster({
      binaries: await resolveTemporalCluster({ cacheDir: devstack.cacheDir, explicit: devstack.temporal.cluster }),
      postgres: {
        host: database.hostname,
        port: Number(database.port),
        user: decodeURIComponent(database.username),
        password: decodeURIComponent(database.password),
      },
      databasePrefix: `temporal_${process.pid}`,
      dir,
      frontendPort: await freePortBelow(32_768),
      searchAttributes: searchAttributeDeclarations,
      separateServices: true,
      quiet: true,
    });
    const config = stackConfig({ TEMPORAL_ADDRESS: cluster.address });
    for (let i = 0; i < 2; i += 1) {
      apis.push(await startApi(config));
      stopWorkers.push(await runWorker(config));
    }
    coordinator = await loginAs(apis[0].app, apis[0].http, 'coordinator');
  }, 600_000); // the first run builds the server, its SQL tool and the UI server from their Go modules

  afterAll(async () => {
    for (const stop of stopWorkers) await stop();
    for (const { app } of apis) await app.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens 3,000 assignments once each and mails each agency once about each, whichever API and worker take it', async () => {
    const [first, second] = apis;
    const tasks = 30;
    // Laid out for today, activated today, and no reminder at 23:59 while the file runs.
    await untilTodayHolds(5 * 60_000);
    const { planId, agencyEmails } = await seedFanOutPlan(first.app, {
      tasks,
      agencies: 100,
      today: localDateOf(Date.now()),
      // No reminder while the file runs; cancelling 3,000 workflows would only load the next test's fan-out.
      sendTime: '23:59',
      codePrefix: `CLUSTER${process.pid}`,
    });
    const expected = tasks * agencyEmails.length;
    await request(first.http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send({}).expect(202);

    const assignments = first.app.get(AssignmentRepository);
    const underWay = await eventually(
      () => assignments.list(EVERY_AGENCY, { planId, pageSize: 1 }),
      (page) => page.total >= expected / 10,
      { timeoutMs: 120_000, what: 'the fan-out under way' },
    );
    expect(underWay.total).toBeLessThan(expected);
    cluster.processes.get('history')!.child.kill('SIGKILL');
    await cluster.processes.get('history')!.exited;
    await cluster.restart('history');

    await eventually(
      () =>
        first.app
          .get(DataSource)
          .query<Array<{ rows: number; started: number }>>(
            'SELECT count(*)::int AS rows, count(workflow_id)::int AS started FROM assignments WHERE plan_id = $1',
            [planId],
          ),
      ([{ rows, started }]) => rows === expected && started === expected,
      { timeoutMs: 600_000, what: 'every assignment with its workflow' },
    );
    const all = await allAssignmentsOf(first.app, planId);
    expect(new Set(all.map((row) => row.workflowId)).size).toBe(expected);
    const plan = await first.app.get(PlanRepository).getById(planId);
    expect(plan?.status).toBe('active');

    // One running workflow per assignment in Temporal's own visibility store.
    const temporal = second.app.get(TemporalClient);
    const running = `WorkflowType = 'assignmentWorkflow' AND DondocPlanId = '${planId}' AND ExecutionStatus = 'Running'`;
    const visible = await eventually(
      () => temporal.workflow.count(running),
      ({ count }) => count >= expected,
      { timeoutMs: 180_000, what: 'every assignment workflow running' },
    );
    expect(visible.count).toBe(expected);

    // Each agency is told of each of its assignments once: one Message-ID and one body each, none sent again.
    for (const inbox of agencyEmails) {
      // Mails whose first attempt met the killed history service go out on a retry after the outbox lease (2 min)
      // and the local activity's doubling backoff: up to seven minutes later.
      const sunk = await mailsTo(inbox, { atLeast: tasks, timeoutMs: 420_000 });
      const given = byMessageId(sunk.filter((mail) => mail.subject.startsWith('[dondoc] Giao nhiệm vụ')));
      const distinct = new Set(given.mails.map((mail) => mail.text));
      expect({ inbox, mails: given.mails.length, distinct: distinct.size, again: given.repeated }).toEqual({
        inbox,
        mails: tasks,
        distinct: tasks,
        again: [],
      });
    }

    // A report sent through one API instance and accepted through the other is recorded once, and accepted once.
    const [report] = all;
    const officer = await loginAs(second.app, second.http, 'agency_officer', { agencyId: report.agencyId });
    await request(second.http)
      .post(`/api/assignments/${report.id}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Đã tổ chức 3 hội nghị phổ biến pháp luật về chuyển đổi số.' })
      .expect(201);
    await request(first.http)
      .post(`/api/assignments/${report.id}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'accepted' })
      .expect(200);
    const history = await eventually(
      () => first.app.get(AssignmentHistoryRepository).listForAssignment(report.id),
      (events) => events.some((event) => event.action === 'accepted'),
      { what: 'the acceptance recorded' },
    );
    expect(history.filter((event) => ['submitted', 'accepted'].includes(event.action)).map((e) => e.action)).toEqual([
      'submitted',
      'accepted',
    ]);
  }, 1_200_000); // 3,000 workflows and their mails on four services sharing two cores, and the retries the kill causes

  it('delivers a reminder burst exactly once with its history service killed in the middle of it', async () => {
    const [first, second] = apis;
    const planId = await importSeedPlan(first.http, coordinator.auth, directoryMailedAt('burst'));
    // A minute ahead at least: the seed plan's assignments start within seconds, and the rest is waiting.
    const { sendAt, expected } = await remindAnnualTasksToday(first.app, planId, 60_000);
    expect(expected).toBeGreaterThan(100);
    await request(second.http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send({}).expect(202);
    const all = await eventually(
      () => allAssignmentsOf(first.app, planId),
      (rows) => rows.length === expected && rows.every((row) => row.workflowId !== null),
      { timeoutMs: 180_000, what: 'every assignment with its workflow' },
    );
    const held = await inboxesOf(first.app, all);
    expect(Date.now()).toBeLessThan(sendAt - 10_000);

    const sentBeforeKill = await firstReminderIn([...held.keys()], sendAt - Date.now() + 60_000);
    expect(sentBeforeKill).toBeLessThan(expected);
    const history = cluster.processes.get('history')!;
    history.child.kill('SIGKILL');
    await history.exited;
    await cluster.restart('history');

    expect(await expectOneReminderEach(held, 300_000)).toEqual([]);
  }, 600_000);
});

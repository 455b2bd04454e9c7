import { type INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadDevstackConfig } from '@dondoc/config';
import { searchAttributeDeclarations } from '@dondoc/contracts';
import { freePortBelow, type RunningCluster, resolveTemporalCluster, startTemporalCluster } from '@dondoc/devstack';
import {
  AgencyRepository,
  AssignmentHistoryRepository,
  AssignmentRepository,
  EVERY_AGENCY,
  PlanRepository,
} from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { mailsTo } from '../support/mail-sink-client';
import { daysFromToday, eventually, importSeedPlan } from '../support/orchestration';
import {
  allAssignmentsOf,
  expectOneReminderEach,
  firstReminderIn,
  inboxesOf,
  remindAnnualTasksToday,
} from '../support/reminder-burst';
import { type LoggedIn, loginAs } from '../support/registry';
import { directoryMailedAt } from '../support/seed-plans';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

/**
 * The production shape: the real Temporal server on PostgreSQL, its four services in four processes, two workers
 * and two API instances. The history service is killed with SIGKILL in the middle of a plan's fan-out and
 * started again; every assignment still gets exactly one workflow and its agency exactly one email about it.
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

  it('opens every assignment once and mails each agency once about each, whichever API and worker take it', async () => {
    const [first, second] = apis;
    const planId = await importSeedPlan(second.http, coordinator.auth, directoryMailedAt('cluster'));
    // This year's periods are past their deadline in late November: open them now, due in two weeks.
    const late = { latePeriods: 'open-now', lateDue: daysFromToday(14) };
    const preview = await request(second.http)
      .get(`/api/plans/${planId}/activation-preview`)
      .query(late)
      .set(coordinator.auth)
      .expect(200);
    const expected = (preview.body as { assignmentsNow: number }).assignmentsNow;
    expect(expected).toBeGreaterThan(100);
    await request(first.http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send(late).expect(202);

    const assignments = first.app.get(AssignmentRepository);
    await eventually(
      () => assignments.list(EVERY_AGENCY, { planId, pageSize: 1 }),
      (page) => page.total > 0,
      { timeoutMs: 60_000, what: 'the fan-out under way' },
    );
    cluster.processes.get('history')!.child.kill('SIGKILL');
    await cluster.processes.get('history')!.exited;
    await cluster.restart('history');

    const all = await eventually(
      () => allAssignmentsOf(first.app, planId),
      (rows) => rows.length === expected && rows.every((row) => row.workflowId !== null),
      { timeoutMs: 180_000, what: 'every assignment with its workflow' },
    );
    expect(new Set(all.map((row) => row.workflowId)).size).toBe(all.length);
    const plan = await first.app.get(PlanRepository).getById(planId);
    expect(plan?.status).toBe('active');

    // One workflow per assignment in Temporal's own visibility store, each running.
    const temporal = second.app.get(TemporalClient);
    const statuses = await eventually(
      () =>
        Promise.all(
          all.map((row) =>
            temporal.workflow
              .getHandle(row.workflowId!)
              .describe()
              .then(
                (described) => described.status.name,
                () => 'NOT STARTED',
              ),
          ),
        ),
      (names) => names.every((status) => status === 'RUNNING'),
      { timeoutMs: 180_000, what: 'every assignment workflow running' },
    );
    expect(new Set(statuses)).toEqual(new Set(['RUNNING']));

    // Each focal inbox is told of each assignment it answers for exactly once (some agencies share an inbox).
    const agencies = await first.app.get(AgencyRepository).findByIds([...new Set(all.map((row) => row.agencyId))]);
    const inboxOf = new Map(agencies.map((agency) => [agency.id, agency.focalEmails[0]]));
    for (const inbox of new Set(inboxOf.values())) {
      const held = all.filter((row) => inboxOf.get(row.agencyId) === inbox).length;
      // Mails whose first attempt met the killed history service go out on a retry after the outbox lease (2 min)
      // and the local activity's doubling backoff: up to seven minutes later.
      const given = (await mailsTo(inbox, { atLeast: held, timeoutMs: 420_000 })).filter((mail) =>
        mail.subject.startsWith('[dondoc] Giao nhiệm vụ'),
      );
      const distinct = new Set(given.map((mail) => mail.text));
      expect({ inbox, mails: given.length, distinct: distinct.size }).toEqual({ inbox, mails: held, distinct: held });
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
  }, 600_000);

  it('delivers a reminder burst exactly once with its history service killed in the middle of it', async () => {
    const [first, second] = apis;
    const planId = await importSeedPlan(first.http, coordinator.auth, directoryMailedAt('burst'));
    const { sendAt, expected } = await remindAnnualTasksToday(first.app, planId);
    expect(expected).toBeGreaterThan(100);
    await request(second.http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send({}).expect(202);
    const all = await eventually(
      () => allAssignmentsOf(first.app, planId),
      (rows) => rows.length === expected && rows.every((row) => row.workflowId !== null),
      { timeoutMs: 90_000, what: 'every assignment with its workflow' },
    );
    const held = await inboxesOf(first.app, all);

    const sentBeforeKill = await firstReminderIn([...held.keys()], sendAt - Date.now() + 60_000);
    expect(sentBeforeKill).toBeLessThan(expected);
    const history = cluster.processes.get('history')!;
    history.child.kill('SIGKILL');
    await history.exited;
    await cluster.restart('history');

    expect(await expectOneReminderEach(held, 300_000)).toEqual([]);
  }, 600_000);
});

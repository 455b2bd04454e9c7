import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { REFUSED_DOMAIN } from '@dondoc/devstack';
import {
  type AgencyEntity,
  CalendarAdjustmentEntity,
  NotificationRepository,
  PlanRepository,
} from '@dondoc/persistence';
import { DataSource } from 'typeorm';
import { pageOf, rowOf } from '../support/bodies';
import { mailsTo } from '../support/mail-sink-client';
import { daysFromToday, eventually, onceDue, seedPlanWithTask, workflowStarted } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { TemporalClient } from '@dondoc/temporal';
import { workflowIds } from '@dondoc/contracts';
import { type HttpTarget, stackConfig, runWorker, startApi } from '../support/stack-apps';

interface Assignment {
  id: string;
  agencyId: string;
  status: string;
  workflowId: string | null;
}

describe('orchestration in real conditions on the real stack', () => {
  let config: AppConfig;
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let coordinator: LoggedIn;

  beforeAll(async () => {
    config = stackConfig();
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
  });

  /** Every assignment of the plan, page by page. */
  async function assignmentsOf(planId: string): Promise<Assignment[]> {
    const all: Assignment[] = [];
    for (let page = 1; ; page += 1) {
      const response = await request(http)
        .get(`/api/plans/${planId}/assignments?pageSize=100&page=${page}`)
        .set(coordinator.auth);
      const { items, total } = pageOf<Assignment>(response);
      all.push(...items);
      if (items.length === 0 || all.length >= total) return all;
    }
  }

  /** How many 'assigned' mails of the plan's assignments the relay has taken. */
  async function assignedMailsSent(planId: string): Promise<number> {
    const [{ sent }] = await app.get(DataSource).query<Array<{ sent: number }>>(
      `SELECT count(*)::int AS sent FROM notifications
        WHERE kind = 'agency-assigned' AND status = 'sent'
          AND split_part(idempotency_key, ':', 2) IN (SELECT id::text FROM assignments WHERE plan_id = $1)`,
      [planId],
    );
    return sent;
  }

  async function activate(planId: string, expected: number, timeoutMs = 15_000): Promise<Assignment[]> {
    await request(http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send({}).expect(202);
    return eventually(
      () => assignmentsOf(planId),
      (found) => found.length === expected && found.every((row) => row.workflowId),
      { what: `${expected} assignments`, timeoutMs },
    );
  }

  it('carries on past an address the relay refuses, tells the standing office once and shows it on the timeline', async () => {
    const suffix = randomUUID().slice(0, 8);
    const office = `vpthuongtruc-${suffix}@laichau.dondoc.invalid`;
    const refused = `vanthu-${suffix}@stc.${REFUSED_DOMAIN}`;
    const agencies = [
      await seedAgency(app, { name: 'Sở Tư pháp tỉnh Lai Châu' }),
      await seedAgency(app, { name: 'Sở Tài chính tỉnh Lai Châu', focalEmails: [refused] }),
      await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' }),
    ];
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(40)));
    await app.get(PlanRepository).update(plan.id, { standingOfficeEmail: office });

    const rows = await activate(plan.id, 3);
    for (const row of rows) await workflowStarted(app, row.workflowId!);
    for (const agency of [agencies[0], agencies[2]]) {
      expect(await mailsTo(agency.focalEmails[0])).toHaveLength(1);
    }
    const [warning] = await mailsTo(office);
    expect(warning.subject).toContain(`địa chỉ ${refused} bị từ chối`);
    expect(warning.text).toContain('Sở Tài chính tỉnh Lai Châu');

    const refusedRow = rows.find((row) => row.agencyId === agencies[1].id)!;
    const view = await eventually(
      () => request(http).get(`/api/assignments/${refusedRow.id}/report-view`).set(coordinator.auth),
      (response) => (response.body as { history: unknown[] }).history.length > 0,
      { what: 'the refusal on the timeline' },
    );
    expect((view.body as { history: unknown[] }).history).toEqual([
      { kind: 'refused-address', at: expect.any(String), address: refused },
    ]);
    const keyPrefix = `assignment:${refusedRow.id}:v1:assigned:to:`;
    expect(await app.get(NotificationRepository).getByIdempotencyKey(`${keyPrefix}${refused}`)).toMatchObject({
      status: 'rejected',
      rejectedRecipients: [refused],
    });

    // Every assignment stays live: the refused agency's too, which still takes its report.
    const officer = await loginAs(app, http, 'agency_officer', { agencyId: agencies[1].id });
    await request(http)
      .post(`/api/assignments/${refusedRow.id}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Sở Tài chính đã thực hiện.' })
      .expect(201);
    const after = await assignmentsOf(plan.id);
    expect(after.map((row) => row.status).sort()).toEqual(['pending', 'pending', 'submitted']);
    // Once per address: the reminders to come will not tell the office again.
    expect(await mailsTo(office, { atLeast: 2, timeoutMs: 1_000 })).toHaveLength(1);
  });

  it('runs all of 1,200 agencies on one task at once, the last as live as the first', async () => {
    const suffix = randomUUID().slice(0, 6).toUpperCase();
    const agencies: AgencyEntity[] = [];
    for (let index = 0; index < 1200; index += 1) {
      agencies.push(
        await seedAgency(app, {
          code: `LCU-XA-${suffix}-${index + 1}`,
          name: `UBND xã số ${index + 1} tỉnh Lai Châu`,
          kind: 'commune_committee',
          shortNames: [],
          focalEmails: [`xa-${index + 1}-${suffix.toLowerCase()}@laichau.dondoc.invalid`],
        }),
      );
    }
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(40)));

    const rows = await activate(plan.id, 1200, 180_000);
    // Each assignment's first work ends with its 'assigned' mail; until then the report's update queues behind it.
    await eventually(
      () => assignedMailsSent(plan.id),
      (sent) => sent === 1200,
      { what: "1,200 'assigned' mails sent", timeoutMs: 180_000 },
    );
    const last = rows.find((row) => row.agencyId === agencies[1199].id)!;
    const officer = await loginAs(app, http, 'agency_officer', { agencyId: agencies[1199].id });
    await request(http)
      .post(`/api/assignments/${last.id}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'UBND xã đã tổ chức tuyên truyền.' })
      .expect(201);
    const first = rows.find((row) => row.agencyId === agencies[0].id)!;
    expect(rowOf(await request(http).get(`/api/assignments/${first.id}`).set(coordinator.auth)).status).toBe('pending');
    // Every one of them live in Temporal, not just the rows.
    const temporal = app.get(TemporalClient);
    const live = await eventually(
      () =>
        temporal.workflow.count(
          `WorkflowType = 'assignmentWorkflow' AND DondocPlanId = '${plan.id}' AND ExecutionStatus = 'Running'`,
        ),
      (counted) => counted.count === 1200,
      { what: '1,200 running assignment workflows', timeoutMs: 60_000 },
    );
    expect(live.count).toBe(1200);
  }, 420_000);

  it('refuses with a 409 a reassignment to an agency that already holds the task, and takes the next one', async () => {
    const agencies = [
      await seedAgency(app, { name: 'Sở Tư pháp tỉnh Lai Châu' }),
      await seedAgency(app, { name: 'Sở Y tế tỉnh Lai Châu' }),
      await seedAgency(app, { name: 'Sở Xây dựng tỉnh Lai Châu' }),
    ];
    const { plan } = await seedPlanWithTask(app, agencies.slice(0, 2), onceDue(daysFromToday(40)));
    const rows = await activate(plan.id, 2);
    const first = rows.find((row) => row.agencyId === agencies[0].id)!;
    await workflowStarted(app, first.workflowId!);

    const refused = await request(http)
      .post(`/api/assignments/${first.id}/reassign`)
      .set(coordinator.auth)
      .send({ agencyId: agencies[1].id, reason: 'Sáp nhập' })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'AgencyAlreadyAssigned',
      detail: expect.stringContaining('agencyId: Sở Y tế tỉnh Lai Châu already holds this task'),
    });

    const moved = await request(http)
      .post(`/api/assignments/${first.id}/reassign`)
      .set(coordinator.auth)
      .send({ agencyId: agencies[2].id, reason: 'Sáp nhập' })
      .expect(200);
    expect(moved.body).toMatchObject({ agencyId: agencies[2].id, status: 'pending' });
  });

  describe('a plan activated after this period’s deadline', () => {
    // Reported yearly on the day before today: this year's report is already late whatever day the test runs.
    async function latePlan() {
      const yesterday = daysFromToday(-1);
      const [year, month, day] = yesterday.split('-').map(Number);
      const { plan } = await seedPlanWithTask(app, [await seedAgency(app)], {
        kind: 'annual',
        text: `Hằng năm, trước ngày ${day}/${month}`,
        fromYear: null,
        toYear: null,
        due: { month, day },
      });
      await app.get(PlanRepository).update(plan.id, { periodFrom: year - 1, periodTo: year + 1 });
      return { plan, lateYear: String(year) };
    }

    const activate = (planId: string, body: object) =>
      request(http).post(`/api/plans/${planId}/activate`).set(coordinator.auth).send(body);

    it('asks what to do with the late period, naming it, and starts nothing until told', async () => {
      const { plan, lateYear } = await latePlan();
      const refused = await activate(plan.id, {}).expect(400);
      expect(refused.body).toMatchObject({ detail: expect.stringMatching(/^latePeriods: 1 period\(s\)/) });
      expect(rowOf<{ detail: string }>(refused).detail).toContain(`II.1 (${lateYear}`);
      await activate(plan.id, { latePeriods: 'open-now' }).expect(400);
      await activate(plan.id, { latePeriods: 'open-now', lateDue: daysFromToday(-2) }).expect(400);
      expect(rowOf(await request(http).get(`/api/plans/${plan.id}`).set(coordinator.auth)).status).toBe('draft');
    });

    it('opens the late period now with the deadline the coordinator gave', async () => {
      const { plan, lateYear } = await latePlan();
      const lateDue = daysFromToday(14);
      const accepted = await activate(plan.id, { latePeriods: 'open-now', lateDue }).expect(202);
      expect(rowOf<{ latePeriods: unknown[] }>(accepted).latePeriods).toEqual([
        { taskCode: 'II.1', period: lateYear, due: daysFromToday(-1), opensWith: lateDue },
      ]);
      const [row] = await eventually(
        () => assignmentsOf(plan.id),
        (rows) => rows.length === 1,
        { what: 'the late period’s assignment' },
      );
      expect(rowOf(await request(http).get(`/api/assignments/${row.id}`).set(coordinator.auth))).toMatchObject({
        period: lateYear,
        dueDate: lateDue,
      });
    });

    it('starts with the next period when told to skip, and progress says when it opens', async () => {
      const { plan } = await latePlan();
      await activate(plan.id, { latePeriods: 'skip' }).expect(202);
      await eventually(
        () => request(http).get(`/api/plans/${plan.id}`).set(coordinator.auth),
        (response) => rowOf(response).status === 'active',
        { what: 'plan active' },
      );
      const progress = rowOf<{ total: number; nextPeriod: { opens: string; due: string } | null }>(
        await request(http).get(`/api/plans/${plan.id}/progress`).set(coordinator.auth).expect(200),
      );
      expect(progress.total).toBe(0);
      expect(progress.nextPeriod).not.toBeNull();
      expect(progress.nextPeriod!.opens > daysFromToday(0)).toBe(true);
      expect(progress.nextPeriod!.due > daysFromToday(0)).toBe(true);
    });
  });

  it('tells running assignments of a change to their calendar year, so their remaining reminders follow it', async () => {
    const due = daysFromToday(40);
    const { plan } = await seedPlanWithTask(app, [await seedAgency(app)], onceDue(due));
    const [row] = await activate(plan.id, 1);
    await workflowStarted(app, row.workflowId!);
    const year = due.slice(0, 4);
    const current = rowOf<{
      origin: string;
      adjustments: { breaks: unknown[]; workingDays: string[]; extraDaysOff: string[] };
    }>(await request(http).get(`/api/calendar/${year}`).set(coordinator.auth).expect(200));

    // The year stored as it stands: no day moves, yet every running assignment of the year hears of it.
    const { breaks, workingDays, extraDaysOff } = current.adjustments;
    const changed = await request(http)
      .put(`/api/calendar/${year}`)
      .set(coordinator.auth)
      .send({ breaks, workingDays, extraDaysOff, source: 'Thông báo số 1/TB-BNV (kiểm thử)' })
      .expect(200);
    // Others in this shared database may still be starting (the 1,200 above): those count as failed, not ours.
    expect(rowOf<{ replanned: { told: number; failed: number } }>(changed).replanned).toMatchObject({
      told: expect.any(Number),
      failed: expect.any(Number),
    });
    expect(rowOf<{ replanned: { told: number } }>(changed).replanned.told).toBeGreaterThanOrEqual(1);
    // Other tests read this year as the law or dondoc's defaults give it.
    if (current.origin !== 'stored') {
      await app
        .get(DataSource)
        .getRepository(CalendarAdjustmentEntity)
        .delete({ year: Number(year) });
    }
    // The task too: it sends the notices of its period's first deadline.
    const [{ task_id: taskId, period }] = await app
      .get(DataSource)
      .query<Array<{ task_id: string; period: string }>>('SELECT task_id, period FROM assignments WHERE id = $1', [
        row.id,
      ]);
    for (const workflowId of [row.workflowId!, workflowIds.task(taskId, period)]) {
      const history = await app.get(TemporalClient).workflow.getHandle(workflowId).fetchHistory();
      const signals = (history.events ?? []).map((event) => event.workflowExecutionSignaledEventAttributes?.signalName);
      expect({ workflowId, told: signals.includes('calendarChanged') }).toEqual({ workflowId, told: true });
    }
  });
});

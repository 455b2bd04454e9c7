import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AuditEventRepository, TaskRepository } from '@dondoc/persistence';
import { problemOf, rowOf } from '../support/bodies';
import {
  activateAndAwaitAssignments,
  daysFromToday,
  eventually,
  onceDue,
  seedDraftPlan,
  seedPlanWithTask,
} from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency, useApiAs } from '../support/registry';
import { type HttpTarget } from '../support/stack-apps';

interface Assignment {
  id: string;
  agencyId: string;
  taskId: string;
  status: string;
  dueDate: string | null;
}

interface ExtendOpen {
  dryRun: boolean;
  count: number;
  assignments: Array<{ assignmentId: string; agencyName: string; dueDate: string | null }>;
  extended: number;
  failed: Array<{ assignmentId: string; reason: string; code?: string }>;
}

const REASON = 'Gia hạn chung theo Công văn số 45/STP-PBGDPL của Sở Tư pháp';

describe('bulk actions: extend every open assignment of a task, preview a merger', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started), { withWorker: true });

  const assignmentsOf = async (planId: string): Promise<Assignment[]> =>
    rowOf<{ items: Assignment[] }>(
      await request(http).get(`/api/plans/${planId}/assignments`).set(coordinator.auth).expect(200),
    ).items;

  const extendOpen = (planId: string, taskId: string, body: object) =>
    request(http).post(`/api/plans/${planId}/tasks/${taskId}/extend-open`).set(coordinator.auth).send(body);

  it('counts on a dry run without changing anything, then moves every open deadline and leaves settled ones', async () => {
    const [lead, first, second] = [
      await seedAgency(app, { name: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu' }),
      await seedAgency(app, { name: 'Công an tỉnh Lai Châu' }),
      await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' }),
    ];
    const due = daysFromToday(20);
    const { plan, task } = await seedPlanWithTask(app, [lead, first, second], onceDue(due));
    const ids = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 3);
    const officer = await loginAs(app, http, 'agency_officer', { agencyId: second.id });
    await request(http)
      .post(`/api/assignments/${ids[second.id]}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Sở Nội vụ đã phối hợp tổ chức 3 hội nghị tập huấn.' })
      .expect(201);
    await request(http)
      .post(`/api/assignments/${ids[second.id]}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'accepted' })
      .expect(200);
    const before = await eventually(
      () => assignmentsOf(plan.id),
      (rows) => rows.some((row) => row.status === 'accepted'),
      { what: 'the accepted assignment' },
    );
    const settledDue = before.find((row) => row.agencyId === second.id)!.dueDate;
    const newDue = daysFromToday(40);

    const dry = rowOf<ExtendOpen>(
      await extendOpen(plan.id, task.id, { newDue, reason: REASON, dryRun: true }).expect(200),
    );
    expect(dry).toMatchObject({ dryRun: true, count: 2, extended: 0, failed: [] });
    expect(dry.assignments.map((item) => item.assignmentId).sort()).toEqual([ids[lead.id], ids[first.id]].sort());
    expect(await assignmentsOf(plan.id)).toEqual(before);

    const run = rowOf<ExtendOpen>(await extendOpen(plan.id, task.id, { newDue, reason: REASON }).expect(200));
    expect(run).toMatchObject({ dryRun: false, count: 2, extended: 2, failed: [] });
    const after = await eventually(
      () => assignmentsOf(plan.id),
      (rows) => rows.filter((row) => row.dueDate === newDue).length === 2,
      { what: 'two moved deadlines' },
    );
    expect(Object.fromEntries(after.map((row) => [row.agencyId, [row.status, row.dueDate]]))).toEqual({
      [lead.id]: [expect.any(String), newDue],
      [first.id]: [expect.any(String), newDue],
      [second.id]: ['accepted', settledDue],
    });
    const audit = app.get(AuditEventRepository);
    expect((await audit.listForEntity('task', task.id)).items[0]).toMatchObject({
      action: 'task.extend-open',
      actorId: coordinator.user.id,
      after: { count: 2, extended: 2 },
    });
    expect((await audit.listForEntity('assignment', ids[lead.id])).items[0]).toMatchObject({
      action: 'assignment.extend',
    });

    // The same deadline again: each workflow refuses (not later), and the answer says so per assignment.
    const again = rowOf<ExtendOpen>(await extendOpen(plan.id, task.id, { newDue, reason: REASON }).expect(200));
    expect(again.extended).toBe(0);
    expect(again.failed).toHaveLength(2);
    expect(again.failed.every((failure) => failure.code === 'NotLater')).toBe(true);
  });

  it('answers a retry under the same Idempotency-Key with the first outcome and records each change once', async () => {
    const agencies = [
      await seedAgency(app, { name: 'Sở Y tế tỉnh Lai Châu' }),
      await seedAgency(app, { name: 'Sở Tài chính tỉnh Lai Châu' }),
    ];
    const { plan, task } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20)));
    const ids = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 2);
    const body = { newDue: daysFromToday(50), reason: REASON };
    const send = (key: string) => extendOpen(plan.id, task.id, body).set('Idempotency-Key', key).expect(200);

    const key = 'bulk-extend-0a1b2c3d4e5f';
    const first = rowOf<ExtendOpen>(await send(key));
    expect(first).toMatchObject({ dryRun: false, count: 2, extended: 2, failed: [] });
    // The answer was lost on the way back; the coordinator presses again.
    const retried = rowOf<ExtendOpen>(await send(key));
    expect(retried).toMatchObject({ count: 2, extended: 2, failed: [] });
    expect(retried.assignments.map((item) => item.assignmentId)).toEqual(
      first.assignments.map((item) => item.assignmentId),
    );

    const audit = app.get(AuditEventRepository);
    const actions = async (type: string, id: string) =>
      (await audit.listForEntity(type, id)).items.map((event) => event.action);
    expect(await actions('task', task.id)).toEqual(['task.extend-open']);
    for (const agency of agencies) expect(await actions('assignment', ids[agency.id])).toEqual(['assignment.extend']);

    // Another key is another request: the deadline is already there, so each workflow refuses it.
    const other = rowOf<ExtendOpen>(await send('bulk-extend-ffeeddccbbaa'));
    expect(other).toMatchObject({
      extended: 0,
      failed: [expect.objectContaining({ code: 'NotLater' }), expect.anything()],
    });
  });

  it('refuses a new deadline in the past naming newDue, and an unknown task with 404', async () => {
    const agency = await seedAgency(app);
    const { plan, task } = await seedPlanWithTask(app, [agency], onceDue(daysFromToday(20)));
    const past = await extendOpen(plan.id, task.id, { newDue: daysFromToday(-1), reason: REASON }).expect(400);
    expect(problemOf(past).errors?.map((error) => error.field)).toEqual(['newDue']);
    const missing = await extendOpen(plan.id, task.id, { reason: REASON }).expect(400);
    expect(problemOf(missing).errors?.map((error) => error.field)).toContain('newDue');
    await extendOpen(plan.id, '00000000-0000-4000-8000-000000000000', {
      newDue: daysFromToday(5),
      reason: REASON,
    }).expect(404);
    const viewer = await loginAs(app, http, 'viewer');
    await request(http)
      .post(`/api/plans/${plan.id}/tasks/${task.id}/extend-open`)
      .set(viewer.auth)
      .send({ newDue: daysFromToday(5), reason: REASON })
      .expect(403);
  });

  it('previews a merger: how many open assignments would move, merge or wait, and changes nothing', async () => {
    const predecessor = await seedAgency(app, { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' });
    const successor = await seedAgency(app, { name: 'Sở Khoa học và Công nghệ tỉnh Lai Châu' });
    const plan = await seedDraftPlan(app);
    const tasks = app.get(TaskRepository);
    for (const [index, agencies] of [[predecessor], [predecessor, successor]].entries()) {
      const schedule = onceDue(daysFromToday(20));
      const task = await tasks.create(plan.id, {
        code: `II.${index + 1}`,
        title: `Tổ chức phổ biến pháp luật chuyên đề ${index + 1}`,
        timeframe: schedule.text,
        schedule,
      });
      await tasks.setAgencies(
        task.id,
        agencies.map((agency, position) => ({ agencyId: agency.id, role: position === 0 ? 'lead' : 'coordinating' })),
      );
    }
    await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 3);

    const preview = await request(http)
      .get(`/api/agencies/${predecessor.id}/merge-into/preview`)
      .query({ successorId: successor.id })
      .set(coordinator.auth)
      .expect(200);
    expect(rowOf(preview)).toMatchObject({ count: 2, toMove: 1, toMerge: 1, awaitingReview: 0 });
    expect(rowOf<{ assignments: unknown[] }>(preview).assignments).toHaveLength(2);
    expect(rowOf(await request(http).get(`/api/agencies/${predecessor.id}`).set(coordinator.auth))).toMatchObject({
      active: true,
      mergedIntoId: null,
    });

    const merged = await request(http)
      .post(`/api/agencies/${predecessor.id}/merge-into`)
      .set(coordinator.auth)
      .send({ successorId: successor.id })
      .expect(200);
    expect(rowOf(merged)).toMatchObject({ moved: 1, merged: 1, failed: [] });
    const after = await request(http)
      .get(`/api/agencies/${predecessor.id}/merge-into/preview`)
      .query({ successorId: successor.id })
      .set(coordinator.auth)
      .expect(200);
    expect(rowOf(after)).toMatchObject({ count: 0 });

    const self = await request(http)
      .get(`/api/agencies/${predecessor.id}/merge-into/preview`)
      .query({ successorId: predecessor.id })
      .set(coordinator.auth)
      .expect(400);
    expect(problemOf(self).errors?.map((error) => error.field)).toEqual(['successorId']);
  });
});

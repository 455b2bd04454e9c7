import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type AgencyEntity, AuditEventRepository, type PlanEntity, TaskRepository } from '@dondoc/persistence';
import { pageOf, problemOf, rowOf } from '../support/bodies';
import { daysFromToday, eventually, onceDue, seedDraftPlan, workflowStarted } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency, useApiAs } from '../support/registry';
import { type HttpTarget } from '../support/stack-apps';

interface Assignment {
  id: string;
  agencyId: string;
  taskId: string;
  status: string;
  workflowId: string | null;
}

interface MergeResult {
  moved: number;
  merged: number;
  failed: Array<{ assignmentId: string; reason: string; code?: string }>;
}

const REASON = 'Sáp nhập theo Nghị quyết số 1678/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội';

describe('POST /api/agencies/:id/merge-into: a merged agency’s open work goes to its successor, once', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started), { withWorker: true });

  const mergeInto = (id: string, body: object, caller: LoggedIn = coordinator) =>
    request(http).post(`/api/agencies/${id}/merge-into`).set(caller.auth).send(body);

  const assignmentsOf = async (planId: string, agencyId?: string): Promise<Assignment[]> =>
    pageOf<Assignment>(
      await request(http)
        .get('/api/assignments')
        .query({ planId, ...(agencyId ? { agencyId } : {}) })
        .set(coordinator.auth)
        .expect(200),
    ).items;

  /** An active plan with one task per entry of `tasks` (the first agency of each leads), and its running assignments. */
  async function activePlan(tasks: AgencyEntity[][]): Promise<{ plan: PlanEntity; rows: Assignment[] }> {
    const plan = await seedDraftPlan(app);
    const repository = app.get(TaskRepository);
    for (const [index, agencies] of tasks.entries()) {
      const schedule = onceDue(daysFromToday(20));
      const task = await repository.create(plan.id, {
        code: `II.${index + 1}`,
        title: `Tổ chức phổ biến pháp luật chuyên đề ${index + 1}`,
        timeframe: schedule.text,
        schedule,
      });
      await repository.setAgencies(
        task.id,
        agencies.map((agency, position) => ({ agencyId: agency.id, role: position === 0 ? 'lead' : 'coordinating' })),
      );
    }
    await request(http).post(`/api/plans/${plan.id}/activate`).set(coordinator.auth).send({}).expect(202);
    const expected = tasks.reduce((sum, agencies) => sum + agencies.length, 0);
    const rows = await eventually(
      () => assignmentsOf(plan.id),
      (found) => found.length === expected && found.every((row) => row.workflowId),
      { what: `${expected} running assignments` },
    );
    for (const row of rows) await workflowStarted(app, row.workflowId!);
    return { plan, rows };
  }

  it('moves an open assignment, merges one the successor already holds, keeps the history, and does it once', async () => {
    const predecessor = await seedAgency(app, { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu' });
    const successor = await seedAgency(app, { name: 'Sở Khoa học và Công nghệ tỉnh Lai Châu' });
    const { plan, rows } = await activePlan([[predecessor], [predecessor, successor]]);
    const kept = rows.find((row) => row.agencyId === successor.id)!;
    const ofPredecessor = rows.filter((row) => row.agencyId === predecessor.id);
    const shared = ofPredecessor.find((row) => row.taskId === kept.taskId)!;
    const alone = ofPredecessor.find((row) => row.taskId !== kept.taskId)!;
    expect([shared, alone].every(Boolean)).toBe(true);

    const merged = await mergeInto(predecessor.id, { successorId: successor.id, reason: REASON }).expect(200);

    expect(rowOf<MergeResult>(merged)).toEqual({ moved: 1, merged: 1, failed: [] });
    const underSuccessor = await assignmentsOf(plan.id, successor.id);
    expect(underSuccessor.map((row) => [row.id, row.status]).sort()).toEqual(
      [
        [alone.id, 'pending'],
        [kept.id, 'pending'],
      ].sort(),
    );
    // The predecessor's merged assignment stays, waived, under the predecessor: nothing is deleted.
    expect(await assignmentsOf(plan.id, predecessor.id)).toEqual([
      expect.objectContaining({ id: shared.id, agencyId: predecessor.id, status: 'waived' }),
    ]);
    expect(rowOf(await request(http).get(`/api/agencies/${predecessor.id}`).set(coordinator.auth))).toMatchObject({
      active: false,
      mergedIntoId: successor.id,
    });

    const audit = app.get(AuditEventRepository);
    const [agencyEvent, ...noMore] = (await audit.listForEntity('agency', predecessor.id)).items;
    expect(noMore).toEqual([]);
    expect(agencyEvent).toMatchObject({
      action: 'agency.merge',
      actorId: coordinator.user.id,
      before: { active: true, mergedIntoId: null },
      after: { active: false, mergedIntoId: successor.id, reason: REASON },
    });
    expect((await audit.listForEntity('assignment', alone.id)).items[0]).toMatchObject({
      action: 'assignment.reassign',
      after: { request: { agencyId: successor.id, reason: REASON }, state: { agencyId: successor.id } },
    });
    const waived = (await audit.listForEntity('assignment', shared.id)).items[0];
    expect(waived).toMatchObject({ action: 'assignment.waive', after: { state: { status: 'waived' } } });
    expect((waived.after as { request: { reason: string } }).request.reason).toContain(kept.id);

    const again = await mergeInto(predecessor.id, { successorId: successor.id, reason: REASON }).expect(200);
    expect(rowOf<MergeResult>(again)).toEqual({ moved: 0, merged: 0, failed: [] });
    expect((await audit.listForEntity('agency', predecessor.id)).total).toBe(1);
    expect((await assignmentsOf(plan.id, successor.id)).map((row) => row.id).sort()).toEqual(
      [alone.id, kept.id].sort(),
    );
  });

  it('goes on past an assignment its workflow refuses to move, and names it', async () => {
    const predecessor = await seedAgency(app, { name: 'Ban Dân tộc tỉnh Lai Châu' });
    const successor = await seedAgency(app, { name: 'Sở Dân tộc và Tôn giáo tỉnh Lai Châu' });
    const { rows } = await activePlan([[predecessor], [predecessor]]);
    const [awaitingReview, open] = rows;
    const officer = await loginAs(app, http, 'agency_officer', { agencyId: predecessor.id });
    await request(http)
      .post(`/api/assignments/${awaitingReview.id}/submissions`)
      .set(officer.auth)
      .send({ reportText: 'Ban đã tổ chức 4 hội nghị phổ biến pháp luật vùng đồng bào dân tộc thiểu số.' })
      .expect(201);

    const result = rowOf<MergeResult>(await mergeInto(predecessor.id, { successorId: successor.id }).expect(200));

    expect(result).toEqual({
      moved: 1,
      merged: 0,
      failed: [{ assignmentId: awaitingReview.id, reason: expect.stringMatching(/review/), code: 'AwaitingReview' }],
    });
    const read = (id: string) => request(http).get(`/api/assignments/${id}`).set(coordinator.auth).expect(200);
    expect(rowOf(await read(open.id))).toMatchObject({ agencyId: successor.id });
    expect(rowOf(await read(awaitingReview.id))).toMatchObject({ agencyId: predecessor.id, status: 'submitted' });
  });

  it('refuses a missing, inactive or identical successor, another successor later, and anyone but the office', async () => {
    const agency = await seedAgency(app, { name: 'Sở Kế hoạch và Đầu tư tỉnh Lai Châu' });
    const successor = await seedAgency(app, { name: 'Sở Tài chính tỉnh Lai Châu' });
    const inactive = await seedAgency(app, { name: 'Sở Giao thông vận tải tỉnh Lai Châu', active: false });
    const fieldOf = (response: Awaited<ReturnType<typeof mergeInto>>) => problemOf(response).errors?.[0]?.field;

    const officer = await loginAs(app, http, 'agency_officer', { agencyId: agency.id });
    await mergeInto(agency.id, { successorId: successor.id }, officer).expect(403);
    expect(problemOf(await mergeInto(randomUUID(), { successorId: successor.id }).expect(404)).detail).toMatch(
      /^agency .* not found$/,
    );
    expect(fieldOf(await mergeInto(agency.id, {}).expect(400))).toBe('successorId');
    expect(fieldOf(await mergeInto(agency.id, { successorId: 'Sở Tài chính' }).expect(400))).toBe('successorId');
    expect(fieldOf(await mergeInto(agency.id, { successorId: successor.id, extra: 1 }).expect(400))).toBe('extra');
    expect(fieldOf(await mergeInto(agency.id, { successorId: randomUUID() }).expect(404))).toBe('successorId');
    expect(fieldOf(await mergeInto(agency.id, { successorId: agency.id }).expect(400))).toBe('successorId');
    expect(fieldOf(await mergeInto(agency.id, { successorId: inactive.id }).expect(409))).toBe('successorId');
    expect(rowOf(await request(http).get(`/api/agencies/${agency.id}`).set(coordinator.auth))).toMatchObject({
      active: true,
      mergedIntoId: null,
    });

    // An agency without open work merges at once; merged, it cannot go to a second successor.
    const done = await mergeInto(agency.id, { successorId: successor.id }).expect(200);
    expect(rowOf<MergeResult>(done)).toEqual({ moved: 0, merged: 0, failed: [] });
    const other = await seedAgency(app, { name: 'Sở Xây dựng tỉnh Lai Châu' });
    const elsewhere = await mergeInto(agency.id, { successorId: other.id }).expect(409);
    expect(fieldOf(elsewhere)).toBe('successorId');
    expect(problemOf(elsewhere).detail).toContain(successor.id);
  });
});

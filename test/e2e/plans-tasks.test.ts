import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AuditEventRepository } from '@dondoc/persistence';
import { planIntakeBody } from '../factories/plan.factory';
import { type LoggedIn, loginAs } from '../support/registry';
import { idOf, pageOf, problemOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

describe('plans and their tasks', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let viewer: LoggedIn;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
    viewer = await loginAs(app, http, 'viewer');
  });

  afterAll(() => app.close());

  const createPlan = async (overrides: Record<string, unknown> = {}): Promise<{ id: string; number: string }> => {
    const body = planIntakeBody({ periodFrom: 2026, periodTo: 2026, ...overrides });
    return rowOf<{ id: string; number: string }>(
      await request(http).post('/api/plans').set(coordinator.auth).send(body).expect(201),
    );
  };

  it('creates a draft with its details, edits it, and deletes it while it is a draft', async () => {
    const plan = await createPlan({
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      issuedDate: '2026-01-15',
      basis: ['Luật Phổ biến, giáo dục pháp luật'],
    });
    const read = await request(http).get(`/api/plans/${plan.id}`).set(viewer.auth).expect(200);
    expect(read.body).toMatchObject({
      status: 'draft',
      issuedDate: '2026-01-15',
      periodFrom: 2026,
      basis: ['Luật Phổ biến, giáo dục pháp luật'],
    });

    const title = 'Kế hoạch tuyên truyền, phổ biến pháp luật năm 2026';
    const edited = await request(http)
      .patch(`/api/plans/${plan.id}`)
      .set(coordinator.auth)
      .send({ title: title.normalize('NFD') })
      .expect(200);
    expect(rowOf(edited).title).toBe(title);

    await request(http).delete(`/api/plans/${plan.id}`).set(coordinator.auth).expect(204);
    await request(http).get(`/api/plans/${plan.id}`).set(viewer.auth).expect(404);
    const audit = await app.get(AuditEventRepository).listForEntity('plan', plan.id);
    expect(audit.items.map((event) => event.action).sort()).toEqual(['plan.create', 'plan.delete', 'plan.update']);
  });

  it('lists plans by status, newest first, with totals', async () => {
    const [older, newer] = [await createPlan(), await createPlan()];
    const response = await request(http)
      .get('/api/plans')
      .query({ status: 'draft', pageSize: 100 })
      .set(viewer.auth)
      .expect(200);
    const ids = pageOf(response).items.map((plan: { id: string }) => plan.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(pageOf(response).total).toBeGreaterThanOrEqual(2);
    const active = await request(http)
      .get('/api/plans')
      .query({ status: 'active', q: older.number })
      .set(viewer.auth)
      .expect(200);
    expect(active.body).toMatchObject({ total: 0, items: [] });
  });

  describe('tasks, nested under their plan', () => {
    it('creates tasks with their time frame interpreted, pages them in document order, edits and deletes one', async () => {
      const plan = await createPlan();
      const tasks = `/api/plans/${plan.id}/tasks`;
      const first = await request(http)
        .post(tasks)
        .set(coordinator.auth)
        .send({
          code: 'II.1',
          title: 'Tổ chức Ngày Pháp luật',
          leadNames: ['Sở Tư pháp'],
          timeframe: 'Quý III năm 2026',
        })
        .expect(201);
      expect(first.body).toMatchObject({
        planId: plan.id,
        position: 1,
        leadNames: ['Sở Tư pháp'],
        schedule: expect.any(Object),
      });
      await request(http)
        .post(tasks)
        .set(coordinator.auth)
        .send({ code: 'II.2', title: 'Biên soạn tài liệu' })
        .expect(201);
      await request(http)
        .post(tasks)
        .set(coordinator.auth)
        .send({ code: 'II.2.a', title: 'Tài liệu song ngữ', parentId: idOf(first) })
        .expect(201);

      const page = await request(http).get(tasks).query({ pageSize: 2, page: 2 }).set(viewer.auth).expect(200);
      expect(page.body).toMatchObject({
        total: 3,
        page: 2,
        items: [{ code: 'II.2.a', position: 3, parentId: idOf(first) }],
      });

      const edited = await request(http)
        .patch(`${tasks}/${idOf(first)}`)
        .set(coordinator.auth)
        .send({ timeframe: null, form: 'Hội nghị' })
        .expect(200);
      expect(edited.body).toMatchObject({ timeframe: null, schedule: null, form: 'Hội nghị' });

      await request(http)
        .delete(`${tasks}/${idOf(first)}`)
        .set(coordinator.auth)
        .expect(204);
      // Its sub-task goes with it.
      await request(http)
        .get(tasks)
        .set(viewer.auth)
        .expect((response) => expect(pageOf(response).total).toBe(1));
    });

    it('is 409 naming code for a code the plan already has, and 400 for a parent from another plan', async () => {
      const [plan, otherPlan] = [await createPlan(), await createPlan()];
      const body = { code: 'III.4.2.a', title: 'Phổ biến pháp luật cho đồng bào dân tộc thiểu số' };
      await request(http).post(`/api/plans/${plan.id}/tasks`).set(coordinator.auth).send(body).expect(201);
      const duplicate = await request(http)
        .post(`/api/plans/${plan.id}/tasks`)
        .set(coordinator.auth)
        .send(body)
        .expect(409);
      expect(problemOf(duplicate).errors).toEqual([expect.objectContaining({ field: 'code' })]);

      const foreign = await request(http)
        .post(`/api/plans/${otherPlan.id}/tasks`)
        .set(coordinator.auth)
        .send(body)
        .expect(201);
      const misplaced = await request(http)
        .post(`/api/plans/${plan.id}/tasks`)
        .set(coordinator.auth)
        .send({ code: 'III.5', title: 'Kiểm tra', parentId: idOf(foreign) })
        .expect(400);
      expect(problemOf(misplaced).errors).toEqual([expect.objectContaining({ field: 'parentId' })]);
      await request(http)
        .get(`/api/plans/${plan.id}/tasks/${idOf(foreign)}`)
        .set(viewer.auth)
        .expect(404);
    });
  });
});

import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  type AssignmentEntity,
  AssignmentRepository,
  PlanRepository,
  TaskRepository,
  USER_ROLES,
  type UserRole,
} from '@dondoc/persistence';
import { buildOpenApiDocument } from '../../apps/api/src/app.factory';
import { type Method, PUBLIC, ROUTES } from '../support/route-table';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { pageOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

const someId = randomUUID();

describe('route × role boundaries', () => {
  let app: INestApplication;
  let http: HttpTarget;
  const actors = {} as Record<UserRole, LoggedIn>;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    for (const role of USER_ROLES) actors[role] = await loginAs(app, http, role);
  });

  afterAll(() => app.close());

  const call = (method: Method, route: string, body: unknown = {}) => {
    const path = route.replaceAll(':id', someId);
    if (method === 'get' || method === 'delete') return request(http)[method](path);
    const test = request(http)[method](path);
    return test.send(body as object);
  };

  it('covers every route the API documents, except the public ones', () => {
    const shape = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{\w+\}|:id/g, '*')}`;
    const documented = Object.entries(buildOpenApiDocument(app).paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => shape(method, path)),
    );
    expect(ROUTES.map(([method, path]) => shape(method, path)).sort()).toEqual(
      documented.filter((route) => !PUBLIC.includes(route)).sort(),
    );
  });

  describe.each(ROUTES)('%s %s', (method, path, allowed, body) => {
    it('is 401 without a token, and with a forged one', async () => {
      const anonymous = await call(method, path, body);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(anonymous.headers['www-authenticate']).toBe('Bearer');
      const forged = `${actors.admin.token.slice(0, -4)}AAAA`;
      expect((await call(method, path, body).set('authorization', `Bearer ${forged}`)).status).toBe(401);
    });

    const denied = USER_ROLES.filter((role) => !allowed.includes(role));
    it(`is 403 for ${denied.join(', ') || 'no role'} and lets ${allowed.join(', ')} through`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of USER_ROLES) {
        const response = await call(method, path, body).set(actors[role].auth);
        const refused = response.status === 401 || response.status === 403;
        outcomes[role] = refused ? String(response.status) : 'through';
        expected[role] = allowed.includes(role) ? 'through' : '403';
        if (refused) expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      expect(outcomes).toEqual(expected);
    });
  });

  describe('agency officers and other agencies’ assignments', () => {
    let own: AssignmentEntity;
    let other: AssignmentEntity;
    let officer: LoggedIn;
    const planNumber = `${randomUUID().slice(0, 6)}/KH-UBND`;

    beforeAll(async () => {
      const [ownAgency, otherAgency] = [
        await seedAgency(app),
        await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' }),
      ];
      const plan = await app.get(PlanRepository).createDraft({
        title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
        number: planNumber,
      });
      const task = await app.get(TaskRepository).create(plan.id, { code: 'II.1', title: 'Tổ chức Ngày Pháp luật' });
      const row = { planId: plan.id, taskId: task.id, period: '2026', role: 'lead' as const, dueDate: '2026-11-20' };
      [own, other] = await app
        .get(AssignmentRepository)
        .upsertMany([
          { ...row, agencyId: ownAgency.id },
          { ...row, agencyId: otherAgency.id },
        ])
        .then((rows) => [
          rows.find((a) => a.agencyId === ownAgency.id)!,
          rows.find((a) => a.agencyId === otherAgency.id)!,
        ]);
      officer = await loginAs(app, http, 'agency_officer', { agencyId: ownAgency.id });
    });

    it('reads its own agency’s assignment', async () => {
      const response = await request(http).get(`/api/assignments/${own.id}`).set(officer.auth).expect(200);
      expect(response.body).toMatchObject({ id: own.id, agencyId: own.agencyId, status: 'pending' });
    });

    it('gets 404 for another agency’s, as if it did not exist', async () => {
      await request(http).get(`/api/assignments/${other.id}`).set(officer.auth).expect(404);
      await request(http).get(`/api/assignments/${other.id}`).set(actors.viewer.auth).expect(200);
    });

    // Every route an officer may call that names one agency's thing: its own answers, another's is as absent
    // as an id that does not exist (or, for a whole plan, holds its own agency's part only).
    it.each([
      ['get', '/api/assignments/:assignment'],
      ['get', '/api/assignments/:assignment/report-view'],
      ['get', '/api/assignments/:assignment/submissions'],
      ['get', '/api/agencies/:agency/status-report'],
      ['get', '/api/agencies/:agency/calendar-feed'],
    ] as const)('%s %s: 200 for its own agency, 404 for another', async (method, route) => {
      const path = (of: Pick<AssignmentEntity, 'id' | 'agencyId'>) =>
        route.replace(':assignment', of.id).replace(':agency', of.agencyId);
      const ask = (of: Pick<AssignmentEntity, 'id' | 'agencyId'>) => request(http)[method](path(of)).set(officer.auth);
      expect((await ask(own)).status).toBe(200);
      const foreign = await ask(other);
      const missing = await ask({ id: someId, agencyId: someId });
      const answer = (response: request.Response, ids: string[]) => ({
        status: response.status,
        body: ids.reduce((text, id) => text.replaceAll(id, '<id>'), JSON.stringify(response.body)),
      });
      expect(answer(foreign, [other.id, other.agencyId])).toEqual(answer(missing, [someId]));
      expect(foreign.status).toBe(404);
    });

    it('reports to another agency’s assignment as to one that does not exist, writing nothing', async () => {
      const response = await request(http)
        .post(`/api/assignments/${other.id}/submissions`)
        .set(officer.auth)
        .send({ reportText: 'Báo cáo kết quả thực hiện nhiệm vụ' });
      expect(response.status).toBe(404);
      const versions = await request(http).get(`/api/assignments/${other.id}/submissions`).set(actors.viewer.auth);
      expect(versions.body).toEqual([]);
    });

    it.each(['progress', 'status-report'])('counts only its own agency’s part of a plan in /%s', async (report) => {
      const mine = await request(http).get(`/api/plans/${own.planId}/${report}`).set(officer.auth).expect(200);
      const all = await request(http).get(`/api/plans/${own.planId}/${report}`).set(actors.viewer.auth).expect(200);
      const totalOf = (response: request.Response) => {
        const { total } = rowOf<{ total: number | { counted: number } }>(response);
        return typeof total === 'number' ? total : total.counted;
      };
      expect([totalOf(mine), totalOf(all)]).toEqual([1, 2]);
    });

    it('gets 403 when it asks for another agency’s list', async () => {
      await request(http).get(`/api/assignments?agencyId=${other.agencyId}`).set(officer.auth).expect(403);
    });

    it('lists only its own agency’s, in the plan and across plans', async () => {
      const inPlan = await request(http).get(`/api/plans/${own.planId}/assignments`).set(officer.auth).expect(200);
      expect(inPlan.body).toMatchObject({ total: 1, items: [{ id: own.id }] });
      const everywhere = await request(http).get('/api/assignments?pageSize=100').set(officer.auth).expect(200);
      const agencies = new Set(pageOf<AssignmentEntity>(everywhere).items.map((item) => item.agencyId));
      expect([...agencies]).toEqual([own.agencyId]);

      const viewer = await request(http)
        .get(`/api/plans/${own.planId}/assignments`)
        .set(actors.viewer.auth)
        .expect(200);
      expect(pageOf(viewer).total).toBe(2);
    });

    it('names each listed assignment’s task and plan, for its list page', async () => {
      const response = await request(http).get(`/api/assignments?planId=${own.planId}`).set(officer.auth).expect(200);
      expect(response.body).toMatchObject({
        items: [
          {
            id: own.id,
            taskCode: 'II.1',
            taskTitle: 'Tổ chức Ngày Pháp luật',
            planNumber,
            planTitle: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026',
          },
        ],
      });
    });
  });
});

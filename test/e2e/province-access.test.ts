import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  type AgencyEntity,
  AgencyGroupRepository,
  AssignmentRepository,
  InspectionRepository,
  PlanImportJobRepository,
  PlanRepository,
  TaskRepository,
  USER_ROLES,
  type UserRole,
} from '@dondoc/persistence';
import { PROVINCE_BOUND_SEGMENTS, UNBOUND_SEGMENTS } from '@dondoc/auth';
import { DEFAULT_SCORING_RUBRIC } from '@dondoc/domain';
import { type LoggedIn, loginAs, seedAgency, seedUser, testProvince } from '../support/registry';
import { rowOf } from '../support/bodies';
import { ROUTES } from '../support/route-table';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

/**
 * One deployment serving two provinces: an account bound to one never sees or touches the other's plans, work,
 * inspections, directory or accounts. Everything the other province holds answers as if it did not exist.
 */
describe('a deployment serving several provinces', () => {
  let app: INestApplication;
  let http: HttpTarget;
  const [home, away] = [testProvince(), testProvince()];
  /** Accounts bound to the home province, one per role (the officer's agency is a home agency). */
  const local = {} as Record<UserRole, LoggedIn>;
  let deploymentAdmin: LoggedIn;
  /** The away province's things, by the route segment that names them. */
  const theirs: Record<string, string> = {};
  let awayAgency: AgencyEntity;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    const homeAgency = await seedAgency(app, { province: home, name: `Sở Tư pháp ${home}` });
    awayAgency = await seedAgency(app, { province: away, name: `Sở Tư pháp ${away}` });
    for (const role of USER_ROLES)
      local[role] = await loginAs(app, http, role, {
        province: role === 'agency_officer' ? null : home,
        agencyId: role === 'agency_officer' ? homeAgency.id : null,
      });
    deploymentAdmin = await loginAs(app, http, 'admin');

    const { plan, task, assignment } = await planWithWork(away, awayAgency.id);
    const inspection = await app
      .get(InspectionRepository)
      .schedule({ planId: plan.id, period: '2026', taskId: task.id, workflowId: `inspection-${randomUUID()}` });
    const group = await app.get(AgencyGroupRepository).create({
      code: `UBND-HUYEN-${randomUUID().slice(0, 6)}`,
      name: 'UBND các huyện',
      province: away,
      memberIds: [awayAgency.id],
    });
    const officer = await seedUser(app, 'agency_officer', { agencyId: awayAgency.id });
    const scan = await app
      .get(PlanImportJobRepository)
      .start({ filename: 'ke-hoach-ban-quet.pdf', province: away, createdBy: null });
    Object.assign(theirs, {
      plans: plan.id,
      'import-jobs': scan.id,
      tasks: task.id,
      assignments: assignment.id,
      inspections: inspection.id,
      agencies: awayAgency.id,
      findings: awayAgency.id,
      'agency-groups': group.id,
      users: officer.id,
    });
  });

  afterAll(() => app.close());

  /** A draft plan of the province with one task, and the agency's assignment for 2026. */
  async function planWithWork(province: string, agencyId: string) {
    const plan = await app.get(PlanRepository).createDraft({ title: `Kế hoạch năm 2026 của ${province}`, province });
    const task = await app.get(TaskRepository).create(plan.id, { code: 'II.1', title: 'Tổ chức Ngày Pháp luật' });
    const row = { planId: plan.id, taskId: task.id, period: '2026', role: 'lead' as const, dueDate: '2026-11-20' };
    const [assignment] = await app.get(AssignmentRepository).upsertMany([{ ...row, agencyId }]);
    return { plan, task, assignment };
  }

  const code = () => `X-${randomUUID().slice(0, 8)}`;

  /** The route with every id naming the away province's thing (any other id is a random one). */
  const aimedAway = (route: string): string =>
    route.replace(/\/([\w-]+)\/:id/g, (_whole, segment: string) => `/${segment}/${theirs[segment] ?? randomUUID()}`);

  const aimed = ROUTES.filter(([, route]) =>
    [...route.matchAll(/\/([\w-]+)\/:id/g)].some(([, segment]) => segment in PROVINCE_BOUND_SEGMENTS),
  );

  it('names the away province in every route that takes its things', () => {
    expect(aimed.length).toBeGreaterThanOrEqual(60);
  });

  it('knows, for every id a route takes, whether a province owns what it names', () => {
    const segments = ROUTES.flatMap(([, route]) =>
      [...route.matchAll(/\/([\w-]+)\/:id/g)].map(([, segment]) => segment),
    );
    const unclassified = [...new Set(segments)].filter(
      (segment) => !(segment in PROVINCE_BOUND_SEGMENTS) && !UNBOUND_SEGMENTS.includes(segment),
    );
    expect(unclassified).toEqual([]);
    expect(Object.keys(PROVINCE_BOUND_SEGMENTS).filter((segment) => !theirs[segment])).toEqual([]);
  });

  // A rest parameter: rows without a body would otherwise make jest wait for a `done` callback.
  it.each(aimed)('%s %s: as absent as an id that does not exist', async (...[method, route, allowed, body]) => {
    const path = aimedAway(route);
    const outcomes: Record<string, number> = {};
    for (const role of allowed) {
      const call = request(http)[method](path).set(local[role].auth);
      outcomes[role] = (method === 'get' || method === 'delete' ? await call : await call.send(body ?? {})).status;
    }
    expect(outcomes).toEqual(Object.fromEntries(allowed.map((role) => [role, 404])));
  });

  it('reaches the away province’s plan from an account that serves every province', async () => {
    await request(http).get(`/api/plans/${theirs.plans}`).set(deploymentAdmin.auth).expect(200);
    await request(http).get(`/api/assignments/${theirs.assignments}`).set(deploymentAdmin.auth).expect(200);
  });

  it.each([
    '/api/plans?pageSize=100',
    '/api/plans/overview?pageSize=100',
    '/api/assignments?pageSize=100',
    `/api/agencies?pageSize=100&q=${encodeURIComponent('Sở Tư pháp')}`,
    '/api/agency-groups?pageSize=100',
    '/api/inspections?pageSize=100',
    '/api/users?pageSize=100',
  ])('leaves the away province out of GET %s', async (path) => {
    const everywhere = await request(http).get(path).set(deploymentAdmin.auth).expect(200);
    const mentionsAway = (response: request.Response) =>
      Object.values(theirs).some((id) => JSON.stringify(response.body).includes(id)) ||
      JSON.stringify(response.body).includes(away);
    expect(mentionsAway(everywhere)).toBe(true);
    for (const role of ['admin', 'coordinator', 'viewer', 'inspector', 'agency_officer'] as const) {
      const response = await request(http).get(path).set(local[role].auth);
      if (response.status === 403) continue;
      expect([role, response.status, mentionsAway(response)]).toEqual([role, 200, false]);
    }
  });

  // Changed by a deployment-wide account only; not changed here, as every test file shares them.
  it.each([
    ['/api/calendar/2031', () => ({ source: 'Thông báo của Bộ Nội vụ', workingDays: [] })],
    ['/api/scoring-rubrics', () => ({ rules: DEFAULT_SCORING_RUBRIC })],
  ] as const)('refuses a manager of one province PUT %s, which every province shares', async (path, body) => {
    for (const role of ['admin', 'coordinator'] as const) {
      const response = await request(http).put(path).set(local[role].auth).send(body());
      expect([role, response.status, rowOf<{ code: string }>(response).code]).toEqual([role, 403, 'OtherProvince']);
    }
  });

  const email = () => `${randomUUID()}@dondoc.invalid`;
  // Naming another province is refused (403); naming another province's agency is as naming none (400).
  it.each([
    [
      'post',
      '/api/agencies',
      403,
      () => ({ code: code(), name: 'Sở Y tế', kind: 'provincial_department', province: away }),
    ],
    ['post', '/api/agency-groups', 403, () => ({ code: code(), name: 'Các sở', province: away })],
    ['post', '/api/agencies/import', 403, () => ({ province: away, agencies: [], groups: [] })],
    ['patch', '/api/agencies/:home', 403, () => ({ province: away })],
    ['post', '/api/users', 403, () => ({ email: email(), name: 'Lê Văn Tư', role: 'viewer', province: away })],
    ['post', '/api/users', 403, () => ({ email: email(), name: 'Lê Văn Tư', role: 'viewer', province: null })],
    [
      'post',
      '/api/users',
      400,
      () => ({ email: email(), name: 'Lê Văn Tư', role: 'agency_officer', agencyId: awayAgency.id }),
    ],
    [
      'post',
      '/api/agency-groups',
      400,
      () => ({ code: code(), name: 'Các sở', province: home, memberIds: [awayAgency.id] }),
    ],
  ] as const)('refuses a manager of one province %s %s into another (%d)', async (method, route, status, body) => {
    const homeAgency = await seedAgency(app, { province: home });
    const path = route.replace(':home', homeAgency.id);
    for (const role of ['admin', 'coordinator'] as const) {
      const response = await request(http)[method](path).set(local[role].auth).send(body());
      expect([role, response.status]).toEqual([role, status]);
    }
    const everywhere = await request(http)[method](path).set(deploymentAdmin.auth).send(body());
    expect(everywhere.status).toBeLessThan(300);
  });

  it('shares a plan of no known province with every province, but not an account that serves every province', async () => {
    const unplaced = await app.get(PlanRepository).createDraft({ title: 'Kế hoạch chưa rõ tỉnh' });
    await request(http).get(`/api/plans/${unplaced.id}`).set(local.viewer.auth).expect(200);
    await request(http).get(`/api/users/${deploymentAdmin.user.id}`).set(local.admin.auth).expect(404);
    await request(http).get(`/api/users/${deploymentAdmin.user.id}`).set(deploymentAdmin.auth).expect(200);
  });

  it('takes another province’s agency named in a body for one that does not exist', async () => {
    const homeAgency = await seedAgency(app, { province: home });
    const { plan, task, assignment } = await planWithWork(home, homeAgency.id);
    const calls = [
      request(http)
        .put(`/api/plans/${plan.id}/tasks/${task.id}/agencies`)
        .send({ agencies: [{ agencyId: awayAgency.id, role: 'lead' }] }),
      request(http)
        .post(`/api/assignments/${assignment.id}/reassign`)
        .send({ agencyId: awayAgency.id, reason: 'Chuyển giao nhiệm vụ' }),
      request(http).post(`/api/agencies/${homeAgency.id}/merge-into`).send({ successorId: awayAgency.id }),
      request(http).get(`/api/agencies/${homeAgency.id}/merge-into/preview?successorId=${awayAgency.id}`),
    ];
    const statuses = [];
    for (const call of calls) statuses.push((await call.set(local.coordinator.auth)).status);
    expect(statuses).toEqual([404, 404, 404, 404]);
    expect((await app.get(TaskRepository).listAgencies(task.id)).map((link) => link.agencyId)).toEqual([]);
  });

  it('keeps the province a manager serves on what it creates', async () => {
    const response = await request(http)
      .post('/api/agencies')
      .set(local.coordinator.auth)
      .send({ code: `YT-${randomUUID().slice(0, 6)}`, name: 'Sở Y tế', kind: 'provincial_department', province: home })
      .expect(201);
    expect(response.body).toMatchObject({ province: home });
    for (const named of [{ province: home }, {}]) {
      const user = await request(http)
        .post('/api/users')
        .set(local.admin.auth)
        .send({ email: `${randomUUID()}@dondoc.invalid`, name: 'Lê Văn Tư', role: 'viewer', ...named })
        .expect(201);
      expect(user.body).toMatchObject({ province: home });
    }
  });
});

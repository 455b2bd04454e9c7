import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type AgencyEntity, AuditEventRepository } from '@dondoc/persistence';
import { onRequest, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { pageOf, problemOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

describe('a task’s resolved agencies, corrected by a coordinator', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;
  let viewer: LoggedIn;
  let agencies: AgencyEntity[];

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    coordinator = await loginAs(app, http, 'coordinator');
    viewer = await loginAs(app, http, 'viewer');
    agencies = [
      await seedAgency(app),
      await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' }),
      await seedAgency(app, { name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu' }),
    ];
  });

  afterAll(() => app.close());

  const link = (agency: AgencyEntity, role: string) => ({ agencyId: agency.id, role });
  const shown = (agency: AgencyEntity, role: string) => ({
    ...link(agency, role),
    code: agency.code,
    name: agency.name,
  });

  it('replaces the links, shows them on the task and in the list, and audits the change', async () => {
    const { plan, task } = await seedPlanWithTask(app, agencies.slice(0, 2), onRequest);
    const path = `/api/plans/${plan.id}/tasks/${task.id}`;
    const before = await request(http).get(path).set(viewer.auth).expect(200);
    expect(before.body).toMatchObject({ agencies: [shown(agencies[0], 'lead'), shown(agencies[1], 'coordinating')] });

    const agenciesNow = [link(agencies[2], 'coordinating'), link(agencies[1], 'lead')];
    const replaced = await request(http)
      .put(`${path}/agencies`)
      .set(coordinator.auth)
      .send({ agencies: agenciesNow })
      .expect(200);
    const expected = [shown(agencies[1], 'lead'), shown(agencies[2], 'coordinating')];
    expect(replaced.body).toMatchObject({ id: task.id, agencies: expected });
    expect((await request(http).get(path).set(viewer.auth).expect(200)).body).toMatchObject({ agencies: expected });
    const list = await request(http).get(`/api/plans/${plan.id}/tasks`).set(viewer.auth).expect(200);
    expect(pageOf(list).items).toEqual([expect.objectContaining({ id: task.id, agencies: expected })]);

    const audit = await app.get(AuditEventRepository).listForEntity('task', task.id);
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'task.setAgencies',
        actorEmail: coordinator.user.email,
        before: rowOf<{ agencies: unknown }>(before).agencies,
        after: [shown(agencies[2], 'coordinating'), shown(agencies[1], 'lead')],
      }),
    ]);

    const cleared = await request(http).put(`${path}/agencies`).set(coordinator.auth).send({ agencies: [] });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ agencies: [] });
  });

  it.each([
    ['a role that is not lead or coordinating', [{ agencyId: randomUUID(), role: 'chair' }], 'agencies.0.role'],
    ['an id that is not a uuid', [{ agencyId: 'LCU-STP', role: 'lead' }], 'agencies.0.agencyId'],
    ['no list', undefined, 'agencies'],
  ])('is 400 naming the field for %s', async (_case, links, field) => {
    const { plan, task } = await seedPlanWithTask(app, agencies.slice(0, 1), onRequest);
    const response = await request(http)
      .put(`/api/plans/${plan.id}/tasks/${task.id}/agencies`)
      .set(coordinator.auth)
      .send({ agencies: links })
      .expect(400);
    expect(new Set(problemOf(response).errors?.map((error) => error.field))).toEqual(new Set([field]));
  });

  it('is 400 for one agency listed as lead and as coordinating, and leaves the links as they were', async () => {
    const { plan, task } = await seedPlanWithTask(app, agencies.slice(0, 1), onRequest);
    const path = `/api/plans/${plan.id}/tasks/${task.id}`;
    const twice = [link(agencies[1], 'lead'), link(agencies[2], 'coordinating'), link(agencies[1], 'coordinating')];
    const response = await request(http).put(`${path}/agencies`).set(coordinator.auth).send({ agencies: twice });
    expect(response.status).toBe(400);
    expect(problemOf(response).errors).toEqual([
      { field: 'agencies.2.agencyId', message: expect.stringContaining('agencies.0') as unknown },
    ]);
    const unchanged = await request(http).get(path).set(viewer.auth).expect(200);
    expect(unchanged.body).toMatchObject({ agencies: [shown(agencies[0], 'lead')] });
  });

  it('is 404 naming an unknown agency, and for a task the plan does not have', async () => {
    const { plan, task } = await seedPlanWithTask(app, agencies.slice(0, 1), onRequest);
    const unknown = randomUUID();
    const response = await request(http)
      .put(`/api/plans/${plan.id}/tasks/${task.id}/agencies`)
      .set(coordinator.auth)
      .send({ agencies: [link(agencies[1], 'lead'), { agencyId: unknown, role: 'coordinating' }] })
      .expect(404);
    expect(problemOf(response).errors).toEqual([
      { field: 'agencies.1.agencyId', message: expect.stringContaining(unknown) as unknown },
    ]);
    await request(http)
      .put(`/api/plans/${plan.id}/tasks/${randomUUID()}/agencies`)
      .set(coordinator.auth)
      .send({ agencies: [] })
      .expect(404);
  });
});

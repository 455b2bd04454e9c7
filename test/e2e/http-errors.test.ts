import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { planIntakeBody } from '../factories/plan.factory';
import { type LoggedIn, loginAs, seedAgency, useApiAs } from '../support/registry';
import { problemOf } from '../support/bodies';
import { type HttpTarget } from '../support/stack-apps';

const PROBLEM = /application\/problem\+json/;

describe('HTTP errors: problem+json naming the field', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started));

  const agencyBody = (overrides: Record<string, unknown> = {}) => ({
    code: `LCU-SVHTTDL-${randomUUID().slice(0, 8)}`,
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu',
    province: 'Lai Châu',
    kind: 'provincial_department',
    ...overrides,
  });

  describe('400', () => {
    it.each([
      ['a missing title', '/api/plans', planIntakeBody({ title: undefined }), 'title'],
      [
        'an invalid standing office email',
        '/api/plans',
        planIntakeBody({ standingOfficeEmail: 'stp' }),
        'standingOfficeEmail',
      ],
      ['an unknown field', '/api/plans', planIntakeBody({ priority: 'cao' }), 'priority'],
      ['an agency kind that does not exist', '/api/agencies', agencyBody({ kind: 'ministry' }), 'kind'],
      ['a focal email that is not one', '/api/agencies', agencyBody({ focalEmails: ['stp@'] }), 'focalEmails'],
      ['an agency code with spaces', '/api/agencies', agencyBody({ code: 'LCU STP' }), 'code'],
      ['a user without a role', '/api/users', { email: 'a@dondoc.invalid', name: 'A' }, 'role'],
      [
        'null for a list the document says is never null',
        '/api/agencies',
        agencyBody({ shortNames: null }),
        'shortNames',
      ],
      [
        'null for a password, which may be left out but not nulled',
        '/api/users',
        { email: 'c@dondoc.invalid', name: 'C', role: 'viewer', password: null },
        'password',
      ],
      [
        'an agency officer without an agency',
        '/api/users',
        { email: 'b@dondoc.invalid', name: 'B', role: 'agency_officer' },
        'agencyId',
      ],
    ])('for %s', async (_case, path, body, field) => {
      const response = await request(http).post(path).set(coordinator.auth).send(body).expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.body).toMatchObject({
        status: 400,
        errors: expect.arrayContaining([expect.objectContaining({ field })]),
      });
    });

    it.each([
      ['pageSize above 100', '/api/agencies?pageSize=101', 'pageSize'],
      ['a page below 1', '/api/plans?page=0', 'page'],
      ['a page past any list (1e308 rows in)', '/api/plans?page=1e308', 'page'],
      ['a page past any list, of assignments', '/api/assignments?page=100001', 'page'],
      ['a page past any list, of a plan’s tasks', `/api/plans/${randomUUID()}/tasks?page=1e308`, 'page'],
      ['a sort field that is not whitelisted', '/api/agencies?sort=searchKey', 'sort'],
      ['an unknown filter', '/api/plans?owner=me', 'owner'],
      ['an unknown status', '/api/assignments?status=late', 'status'],
    ])('for %s in a list query', async (_case, path, field) => {
      const response = await request(http).get(path).set(coordinator.auth).expect(400);
      expect(problemOf(response).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('for null in a PATCH where the field may be left out but never nulled, changing nothing', async () => {
      const viewer = await loginAs(app, http, 'viewer');
      const refused = await request(http)
        .patch(`/api/users/${viewer.user.id}`)
        .set(coordinator.auth)
        .send({ name: 'Đổi tên', active: null })
        .expect(400);
      expect(problemOf(refused).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'active' })]));
      const after = await request(http).get(`/api/users/${viewer.user.id}`).set(coordinator.auth).expect(200);
      expect(after.body).toMatchObject({ name: viewer.user.name, active: true });
    });

    it('for a NUL character, which PostgreSQL text cannot hold, in a body or a query, naming where', async () => {
      const body = await request(http)
        .post('/api/plans')
        .set(coordinator.auth)
        .send(planIntakeBody({ basis: ['Luật Phổ biến, giáo dục pháp luật', 'Nghị\u0000định'] }))
        .expect(400);
      expect(problemOf(body).errors).toEqual([expect.objectContaining({ field: 'basis[1]' })]);
      const query = await request(http).get('/api/users').query({ q: 'so\u0000' }).set(coordinator.auth).expect(400);
      expect(problemOf(query).errors).toEqual([expect.objectContaining({ field: 'q' })]);
    });

    it('for a multipart body without a boundary, or to a path id that is no UUID, storing nothing', async () => {
      const officer = await loginAs(app, http, 'agency_officer');
      const noBoundary = await request(http)
        .post(`/api/assignments/${randomUUID()}/submissions`)
        .set(officer.auth)
        .set('content-type', 'multipart/form-data')
        .send('')
        .expect(400);
      expect(noBoundary.headers['content-type']).toMatch(PROBLEM);
      const badId = await request(http)
        .post('/api/assignments/not-a-uuid/submissions')
        .set(officer.auth)
        .field('reportText', 'Báo cáo')
        .expect(400);
      expect(problemOf(badId).errors).toEqual([expect.objectContaining({ field: 'id' })]);
    });

    it('for a path id that is not a UUID', async () => {
      const response = await request(http).get('/api/agencies/42').set(coordinator.auth).expect(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });

    it('for a standing office agency that does not exist, naming standingOfficeId', async () => {
      const body = planIntakeBody({ standingOfficeId: randomUUID() });
      const response = await request(http).post('/api/plans').set(coordinator.auth).send(body).expect(400);
      expect(problemOf(response).errors).toEqual([expect.objectContaining({ field: 'standingOfficeId' })]);
    });
  });

  it('413 for a JSON body over 1 MB, as problem+json', async () => {
    const body = planIntakeBody({ title: 'Kế hoạch '.repeat(120_000) });
    const response = await request(http).post('/api/plans').set(coordinator.auth).send(body).expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ status: 413, title: 'Payload Too Large' });
  });

  it('415 for text/plain to a JSON endpoint, naming the content type', async () => {
    const response = await request(http)
      .post('/api/agencies')
      .set(coordinator.auth)
      .set('content-type', 'text/plain')
      .send('code=LCU-STP')
      .expect(415);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({ status: 415, errors: [expect.objectContaining({ field: 'content-type' })] });
  });

  it('415 for CSV to an endpoint that takes JSON only', async () => {
    await request(http)
      .post('/api/agencies')
      .set(coordinator.auth)
      .set('content-type', 'text/csv')
      .send('code,name\nLCU-STP,Sở Tư pháp')
      .expect(415);
  });

  it('no 415 for a POST without a body: it reaches the handler, which finds no such plan', async () => {
    const plan = randomUUID();
    const response = await request(http)
      .post(`/api/plans/${plan}/activate`)
      .set(coordinator.auth)
      .set('content-length', '0');
    expect(response.request.getHeader('content-type')).toBeUndefined();
    expect(response.status).toBe(404);
    expect(problemOf(response).detail).toContain(plan);
  });

  it('415 for a body with no content type at all', async () => {
    const response = await request(http)
      .post(`/api/plans/${randomUUID()}/cancel`)
      .set(coordinator.auth)
      .send(Buffer.from('{"reason":"Kế hoạch bị thay thế"}'));
    expect(response.request.getHeader('content-type')).toBeUndefined();
    expect(response.status).toBe(415);
  });

  describe('404', () => {
    it.each(['/api/agencies', '/api/agency-groups', '/api/plans', '/api/users', '/api/assignments'])(
      'for an unknown id under %s',
      async (base) => {
        const response = await request(http).get(`${base}/${randomUUID()}`).set(coordinator.auth).expect(404);
        expect(response.headers['content-type']).toMatch(PROBLEM);
      },
    );

    it('for a task of a plan that does not exist', async () => {
      await request(http).get(`/api/plans/${randomUUID()}/tasks`).set(coordinator.auth).expect(404);
    });

    it('for a route that does not exist', async () => {
      const response = await request(http).get('/nowhere').set(coordinator.auth).expect(404);
      expect(response.headers['content-type']).toMatch(PROBLEM);
    });
  });

  describe('409 naming the field', () => {
    it('for a duplicate plan number', async () => {
      const body = planIntakeBody();
      await request(http).post('/api/plans').set(coordinator.auth).send(body).expect(201);
      const response = await request(http)
        .post('/api/plans')
        .set(coordinator.auth)
        .send(planIntakeBody({ number: body.number }))
        .expect(409);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(problemOf(response).errors).toEqual([expect.objectContaining({ field: 'number' })]);
    });

    it('for two plans with one number created at the same moment (caught on the insert, not a pre-check)', async () => {
      const number = String(planIntakeBody().number);
      const responses = await Promise.all(
        [1, 2, 3].map(() => request(http).post('/api/plans').set(coordinator.auth).send(planIntakeBody({ number }))),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
    });

    it('for a duplicate agency code', async () => {
      const existing = await seedAgency(app);
      const response = await request(http)
        .post('/api/agencies')
        .set(coordinator.auth)
        .send(agencyBody({ code: existing.code }))
        .expect(409);
      expect(problemOf(response).errors).toEqual([expect.objectContaining({ field: 'code' })]);
    });

    it('for a duplicate user email, whatever its case', async () => {
      const email = `can.bo-${randomUUID().slice(0, 8)}@dondoc.invalid`;
      const user = { name: 'Trần Văn Bình', role: 'viewer', password: 'mật khẩu dài' };
      await request(http)
        .post('/api/users')
        .set(coordinator.auth)
        .send({ ...user, email })
        .expect(201);
      const response = await request(http)
        .post('/api/users')
        .set(coordinator.auth)
        .send({ ...user, email: email.toUpperCase() })
        .expect(409);
      expect(problemOf(response).errors).toEqual([expect.objectContaining({ field: 'email' })]);
    });
  });
});

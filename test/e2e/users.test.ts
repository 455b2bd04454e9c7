import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { idOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

describe('users: managed by admins and coordinators', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let admin: LoggedIn;
  let coordinator: LoggedIn;

  beforeAll(async () => {
    ({ app, http } = await startApi(stackConfig()));
    admin = await loginAs(app, http, 'admin');
    coordinator = await loginAs(app, http, 'coordinator');
  });

  afterAll(() => app.close());

  const email = () => `can-bo-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;

  it('creates an agency officer who can log in, and never returns a password hash', async () => {
    const agency = await seedAgency(app);
    const body = {
      email: email(),
      name: 'Lò Văn Sơn',
      role: 'agency_officer',
      agencyId: agency.id,
      password: 'mật khẩu của Sơn',
    };
    const created = await request(http).post('/api/users').set(coordinator.auth).send(body).expect(201);
    expect(created.body).toMatchObject({
      email: body.email,
      role: 'agency_officer',
      agencyId: agency.id,
      hasPassword: true,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|argon2/);

    const listed = await request(http)
      .get('/api/users')
      .query({ agencyId: agency.id })
      .set(coordinator.auth)
      .expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: idOf(created) }] });
    expect(JSON.stringify(listed.body)).not.toMatch(/passwordHash|argon2/);

    await request(http).post('/api/auth/login').send({ email: body.email, password: body.password }).expect(200);
  });

  it('lets only an admin create or change an admin', async () => {
    const body = { email: email(), name: 'Quản trị 2', role: 'admin', password: 'một mật khẩu dài' };
    await request(http).post('/api/users').set(coordinator.auth).send(body).expect(403);
    const created = await request(http).post('/api/users').set(admin.auth).send(body).expect(201);
    await request(http)
      .patch(`/api/users/${idOf(created)}`)
      .set(coordinator.auth)
      .send({ name: 'Đổi tên' })
      .expect(403);
    await request(http)
      .delete(`/api/users/${idOf(created)}`)
      .set(coordinator.auth)
      .expect(403);

    const viewer = await request(http)
      .post('/api/users')
      .set(coordinator.auth)
      .send({ ...body, email: email(), role: 'viewer' });
    await request(http)
      .patch(`/api/users/${idOf(viewer)}`)
      .set(coordinator.auth)
      .send({ role: 'admin' })
      .expect(403);
  });

  it('deactivates on DELETE, which ends the user’s logins, but never one’s own account', async () => {
    const password = 'mật khẩu tạm thời';
    const created = await request(http)
      .post('/api/users')
      .set(coordinator.auth)
      .send({ email: email(), name: 'Hà Thị Thu', role: 'inspector', password })
      .expect(201);
    await request(http)
      .delete(`/api/users/${idOf(created)}`)
      .set(coordinator.auth)
      .expect(204);
    await request(http)
      .get(`/api/users/${idOf(created)}`)
      .set(coordinator.auth)
      .expect(200)
      .expect((response) => expect(rowOf(response).active).toBe(false));
    await request(http)
      .post('/api/auth/login')
      .send({ email: rowOf(created).email, password })
      .expect(401);

    await request(http).delete(`/api/users/${coordinator.user.id}`).set(coordinator.auth).expect(409);
  });

  it('changes a password, and the old one stops working', async () => {
    const created = await request(http)
      .post('/api/users')
      .set(coordinator.auth)
      .send({ email: email(), name: 'Vàng A Chứ', role: 'viewer', password: 'mật khẩu cũ của tôi' })
      .expect(201);
    await request(http)
      .patch(`/api/users/${idOf(created)}`)
      .set(coordinator.auth)
      .send({ password: 'mật khẩu mới' })
      .expect(200);
    await request(http)
      .post('/api/auth/login')
      .send({ email: rowOf(created).email, password: 'mật khẩu cũ của tôi' })
      .expect(401);
    await request(http)
      .post('/api/auth/login')
      .send({ email: rowOf(created).email, password: 'mật khẩu mới' })
      .expect(200);
  });
});

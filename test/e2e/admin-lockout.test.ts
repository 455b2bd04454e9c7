import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@dondoc/auth';
import { type AppConfig } from '@dondoc/config';
import { dataSourceOptions, migrateDatabase, UserRepository } from '@dondoc/persistence';
import { recoverAdmin } from '../../apps/api/src/users/admin-recovery';
import { createEmptyDatabase } from '../integration/persistence/database';
import { problemOf, rowOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

const ADMIN = { email: 'quan-tri@stp.laichau.dondoc.invalid', password: 'mật khẩu quản trị đủ dài' };

/** On a database of its own, so "the last admin" is the one this test starts with. */
describe('no lockout: the office always keeps an active admin', () => {
  let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let config: AppConfig;
  let app: INestApplication;
  let http: HttpTarget;
  let auth: { authorization: string };
  let adminId: string;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    await migrateDatabase(database.url);
    config = stackConfig({ DATABASE_URL: database.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    ({ app, http } = await startApi(config));
    const login = await request(http).post('/api/auth/login').send(ADMIN).expect(200);
    auth = { authorization: `Bearer ${rowOf<{ accessToken: string }>(login).accessToken}` };
    adminId = rowOf<{ userId: string }>(await request(http).get('/api/auth/me').set(auth)).userId;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('refuses to change one’s own role, naming the field', async () => {
    const refused = await request(http).patch(`/api/users/${adminId}`).set(auth).send({ role: 'viewer' }).expect(409);
    expect(problemOf(refused).errors).toEqual([{ field: 'role', message: 'you cannot change your own role' }]);
  });

  it('lets two admins demoting each other at once leave one admin, never none', async () => {
    const other = await request(http)
      .post('/api/users')
      .set(auth)
      .send({
        email: 'quan-tri-2@stp.laichau.dondoc.invalid',
        name: 'Quản trị 2',
        role: 'admin',
        password: ADMIN.password,
      })
      .expect(201);
    const secondId = rowOf<{ id: string }>(other).id;
    const login = await request(http)
      .post('/api/auth/login')
      .send({ email: 'quan-tri-2@stp.laichau.dondoc.invalid', password: ADMIN.password })
      .expect(200);
    const second = { authorization: `Bearer ${rowOf<{ accessToken: string }>(login).accessToken}` };

    const [first, last] = await Promise.all([
      request(http).patch(`/api/users/${secondId}`).set(auth).send({ role: 'coordinator' }),
      request(http).patch(`/api/users/${adminId}`).set(second).send({ role: 'coordinator' }),
    ]);
    // One wins; the other is refused, by the admins' lock (409 LastAdmin) or, if the winner committed before it
    // was even admitted, because its caller is no admin any more (403).
    const outcomes = [first, last].map((response) => `${response.status} ${problemOf(response).code ?? ''}`.trim());
    expect(outcomes.filter((outcome) => outcome === '200')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === '409 LastAdmin' || outcome === '403')).toHaveLength(1);
    const admins = await app
      .get(DataSource)
      .query<Array<{ count: string }>>(`SELECT count(*) FROM users WHERE role = 'admin' AND active`);
    expect(Number(admins[0].count)).toBe(1);
  });

  it('refuses the remaining admin its own demotion and deactivation', async () => {
    const [{ id }] = await app
      .get(DataSource)
      .query<Array<{ id: string }>>(`SELECT id FROM users WHERE role = 'admin' AND active`);
    const email = id === adminId ? ADMIN.email : 'quan-tri-2@stp.laichau.dondoc.invalid';
    const login = await request(http).post('/api/auth/login').send({ email, password: ADMIN.password }).expect(200);
    const self = { authorization: `Bearer ${rowOf<{ accessToken: string }>(login).accessToken}` };
    await request(http).patch(`/api/users/${id}`).set(self).send({ role: 'viewer' }).expect(409);
    await request(http).delete(`/api/users/${id}`).set(self).expect(409);
    expect(await app.get(UserRepository).getById(id)).toMatchObject({ role: 'admin', active: true });
  });

  it('gives an admin back through the recovery command, with an audit event', async () => {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const recovered = await recoverAdmin(dataSource, new PasswordHasher(), ADMIN.email.toUpperCase());
      expect(recovered).toMatchObject({ email: ADMIN.email, created: false });
      await request(http)
        .post('/api/auth/login')
        .send({ email: ADMIN.email, password: recovered.password })
        .expect(200);
      expect(await app.get(UserRepository).getById(adminId)).toMatchObject({ role: 'admin', active: true });
      const actions = await dataSource.query<Array<{ action: string }>>(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`,
        [adminId],
      );
      expect(actions.map((event) => event.action)).toContain('user.admin-recovery');
    } finally {
      await dataSource.destroy();
    }
  });
});

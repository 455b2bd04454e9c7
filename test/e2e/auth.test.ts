import { type INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type AppConfig } from '@dondoc/config';
import { UserRepository } from '@dondoc/persistence';
import { AdminBootstrap } from '../../apps/api/src/users/admin-bootstrap';
import { loginAs, seedUser, TEST_PASSWORD } from '../support/registry';
import { problemOf } from '../support/bodies';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

describe('auth: login, bearer tokens and the first admin', () => {
  let config: AppConfig;
  let app: INestApplication;
  let http: HttpTarget;

  beforeAll(async () => {
    config = stackConfig();
    ({ app, http } = await startApi(config));
  });

  afterAll(() => app.close());

  const login = (email: string, password: string) => request(http).post('/api/auth/login').send({ email, password });

  it('stops guessing at an account after 5 failures (429, Retry-After), and audits every attempt', async () => {
    const viewer = await seedUser(app, 'viewer');
    for (let attempt = 0; attempt < 5; attempt += 1) await login(viewer.email, 'không phải mật khẩu').expect(401);
    const throttled = await login(viewer.email, TEST_PASSWORD).expect(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(problemOf(throttled)).toMatchObject({ status: 429, code: 'TooManyLoginAttempts' });
    const attempts = await app
      .get(DataSource)
      .query<Array<{ action: string }>>(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [
        viewer.id,
      ]);
    expect(attempts.map((event) => event.action)).toEqual(Array.from({ length: 5 }, () => 'auth.login-failed'));
    const other = await seedUser(app, 'viewer');
    await login(other.email, TEST_PASSWORD).expect(200);
  });

  it('issues an 8-hour HS256 token carrying sub, role and agencyId, which then works', async () => {
    const officer = await seedUser(app, 'agency_officer');
    const response = await login(officer.email.toUpperCase(), TEST_PASSWORD).expect(200);
    const { accessToken } = response.body as { accessToken: string };

    const [header, payload] = accessToken
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, number | string>);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({ sub: officer.id, role: 'agency_officer', agencyId: officer.agencyId });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(8 * 3600);

    const me = await request(http).get('/api/auth/me').set('authorization', `Bearer ${accessToken}`).expect(200);
    expect(me.body).toEqual({
      userId: officer.id,
      email: officer.email,
      role: 'agency_officer',
      agencyId: officer.agencyId,
    });
  });

  it('is 401 for a wrong password or an unknown email, with the same problem', async () => {
    const user = await seedUser(app, 'viewer');
    const wrong = await login(user.email, 'không đúng').expect(401);
    const unknown = await login('khong-co@dondoc.invalid', TEST_PASSWORD).expect(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(problemOf(wrong).detail).toBe(problemOf(unknown).detail);
  });

  it('is 401 for an inactive user, and their earlier token stops working', async () => {
    const { user, auth } = await loginAs(app, http, 'inspector');
    await request(http).get('/api/auth/me').set(auth).expect(200);
    await app.get(UserRepository).update(user.id, { active: false });
    await login(user.email, TEST_PASSWORD).expect(401);
    await request(http).get('/api/auth/me').set(auth).expect(401);
  });

  it('is 400 naming the field for a login without a password', async () => {
    const response = await request(http).post('/api/auth/login').send({ email: 'a@dondoc.invalid' }).expect(400);
    expect(new Set(problemOf(response).errors?.map((error) => error.field))).toEqual(new Set(['password']));
  });

  it.each([
    ['signed with another secret', () => ({ secret: 'x'.repeat(40) })],
    ['expired', () => ({ secret: config.auth.jwtSecret, signOptions: { expiresIn: -10 } })],
  ])('refuses a token %s', async (_case, options) => {
    const { user } = await loginAs(app, http, 'viewer');
    const token = await new JwtService(options()).signAsync({ sub: user.id, role: 'admin', agencyId: null });
    await request(http).get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(401);
  });

  it('refuses an unsigned (alg: none) token', async () => {
    const { user } = await loginAs(app, http, 'viewer');
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: user.id, role: 'admin', iat: now, exp: now + 60 })}.`;
    await request(http).get('/api/auth/me').set('authorization', `Bearer ${token}`).expect(401);
  });

  it('leaves login, health and the API docs public', async () => {
    await request(http).get('/health').expect(200);
    await request(http).get('/api/docs/openapi.json').expect(200);
    await request(http)
      .get('/api/docs')
      .expect((response) => expect(response.status).toBeLessThan(400));
  });

  it('creates the configured admin once, however often the API starts', async () => {
    const { adminEmail, adminPassword } = config.auth;
    await login(adminEmail, adminPassword).expect(200);

    const second = await startApi(stackConfig());
    await second.app.get(AdminBootstrap).onApplicationBootstrap();
    await second.app.close();

    const db = app.get(DataSource);
    const [{ admins }] = await db.query<Array<{ admins: number }>>(
      `SELECT count(*)::int AS admins FROM users WHERE email = $1 AND role = 'admin'`,
      [adminEmail],
    );
    const [{ events }] = await db.query<Array<{ events: number }>>(
      `SELECT count(*)::int AS events FROM audit_events WHERE action = 'user.bootstrap'`,
    );
    expect({ admins, events }).toEqual({ admins: 1, events: 1 });
  });
});

import { type INestApplication } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { problemOf, rowOf } from '../support/bodies';
import { TEST_PASSWORD, type LoggedIn, loginAs, seedUser, useApiAs } from '../support/registry';
import { type HttpTarget } from '../support/stack-apps';

const NEW_PASSWORD = 'mật khẩu mới của cán bộ đ';

describe('passwords: changed by their owner, reset by an admin, and the old sessions end', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let admin: LoggedIn;

  useApiAs('admin', (started) => ({ app, http, actor: admin } = started));

  /** A cookie session as the web app holds one: its cookie and CSRF token. */
  async function browserSession(email: string, password: string) {
    const opened = await request(http).post('/api/auth/session').send({ email, password }).expect(200);
    const cookie = (opened.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    return { cookie, csrf: rowOf<{ csrfToken: string }>(opened).csrfToken };
  }

  it('changes one’s own password with the current one; every token issued before then is refused', async () => {
    const coordinator = await loginAs(app, http, 'coordinator');
    const other = await browserSession(coordinator.user.email, TEST_PASSWORD);
    const own = await browserSession(coordinator.user.email, TEST_PASSWORD);
    await sleep(1_100); // tokens carry their issue time to the second

    const changed = await request(http)
      .post('/api/auth/password')
      .set('cookie', own.cookie)
      .set('x-csrf-token', own.csrf)
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
      .expect(204);

    await request(http).get('/api/auth/me').set(coordinator.auth).expect(401);
    await request(http).get('/api/session').set('cookie', other.cookie).expect(401);
    // The session that changed it carries on with the cookie it was given back.
    const renewed = (changed.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    await request(http).get('/api/session').set('cookie', renewed).expect(200);
    await request(http)
      .post('/api/auth/login')
      .send({ email: coordinator.user.email, password: TEST_PASSWORD })
      .expect(401);
    await request(http)
      .post('/api/auth/login')
      .send({ email: coordinator.user.email, password: NEW_PASSWORD })
      .expect(200);

    const audit = rowOf<{ items: Array<{ action: string }> }>(
      await request(http)
        .get(`/api/audit-events?entityType=user&entityId=${coordinator.user.id}&action=user.password-change`)
        .set(admin.auth)
        .expect(200),
    );
    expect(audit.items).toHaveLength(1);
  });

  it('refuses a wrong current password and a short new one, naming the field, and changes nothing', async () => {
    const viewer = await loginAs(app, http, 'viewer');
    const wrong = problemOf(
      await request(http)
        .post('/api/auth/password')
        .set(viewer.auth)
        .send({ currentPassword: 'không đúng', newPassword: NEW_PASSWORD })
        .expect(400),
    );
    expect(wrong.errors?.map((error) => error.field)).toEqual(['currentPassword']);
    const short = problemOf(
      await request(http)
        .post('/api/auth/password')
        .set(viewer.auth)
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'ngắn' })
        .expect(400),
    );
    expect(short.errors?.map((error) => error.field)).toEqual(['newPassword']);
    await request(http).get('/api/auth/me').set(viewer.auth).expect(200);
  });

  it('lets an admin reset another’s password, which ends that user’s sessions; nobody else may', async () => {
    const officer = await loginAs(app, http, 'agency_officer');
    const coordinator = await loginAs(app, http, 'coordinator');
    await sleep(1_100);
    await request(http)
      .post(`/api/users/${officer.user.id}/password-reset`)
      .set(coordinator.auth)
      .send({ newPassword: NEW_PASSWORD })
      .expect(403);
    await request(http).get('/api/auth/me').set(officer.auth).expect(200);

    await request(http)
      .post(`/api/users/${officer.user.id}/password-reset`)
      .set(admin.auth)
      .send({ newPassword: NEW_PASSWORD })
      .expect(204);
    await request(http).get('/api/auth/me').set(officer.auth).expect(401);
    await request(http).post('/api/auth/login').send({ email: officer.user.email, password: NEW_PASSWORD }).expect(200);
    const audit = rowOf<{ items: Array<{ action: string; actorId: string }> }>(
      await request(http)
        .get(`/api/audit-events?entityType=user&entityId=${officer.user.id}&action=user.password-reset`)
        .set(admin.auth),
    );
    expect(audit.items).toEqual([expect.objectContaining({ actorId: admin.user.id })]);
  });

  it('keeps a user made with a password able to log in once, as before', async () => {
    const user = await seedUser(app, 'viewer');
    await request(http).post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
  });

  it('refuses to set or reset one’s own password through the users API, which would skip the current one', async () => {
    const problem = problemOf(
      await request(http)
        .patch(`/api/users/${admin.user.id}`)
        .set(admin.auth)
        .send({ password: NEW_PASSWORD })
        .expect(400),
    );
    expect(problem.errors?.map((error) => error.field)).toEqual(['password']);
    await request(http)
      .post(`/api/users/${admin.user.id}/password-reset`)
      .set(admin.auth)
      .send({ newPassword: NEW_PASSWORD })
      .expect(400);
    await request(http).get('/api/auth/me').set(admin.auth).expect(200);
  });
});

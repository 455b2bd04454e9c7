import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { problemOf } from '../support/bodies';
import { TEST_PASSWORD, type LoggedIn, loginAs, useApiAs } from '../support/registry';
import { type HttpTarget } from '../support/stack-apps';

/** 13 characters, on the shipped list of breached passwords, in a case the list does not hold. */
const BREACHED = 'Administrator';
const ELEVEN = 'mười một ký';

describe('the password policy: 12 characters at least, none from the list of common and breached passwords', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let admin: LoggedIn;

  useApiAs('admin', (started) => ({ app, http, actor: admin } = started));

  /** A 400 naming only `field`, with a message a Vietnamese reader understands. */
  function expectRefused(response: request.Response, field: string, words: RegExp): void {
    expect(response.status).toBe(400);
    const problem = problemOf(response);
    expect(problem.errors?.map((error) => error.field)).toEqual([field]);
    expect(problem.errors?.[0]?.message).toMatch(words);
  }

  it('refuses a short or breached new password of one’s own, and the old one keeps working', async () => {
    const viewer = await loginAs(app, http, 'viewer');
    const change = (newPassword: string) =>
      request(http).post('/api/auth/password').set(viewer.auth).send({ currentPassword: TEST_PASSWORD, newPassword });
    expectRefused(await change(ELEVEN), 'newPassword', /ít nhất 12 ký tự/);
    expectRefused(await change(BREACHED), 'newPassword', /phổ biến/);
    expectRefused(await change(`  ${'qwerty123456'.toUpperCase()}  `), 'newPassword', /phổ biến/);
    await request(http).post('/api/auth/login').send({ email: viewer.user.email, password: TEST_PASSWORD }).expect(200);
  });

  it('refuses a breached password for a new user, a changed user and an admin’s reset, naming the field', async () => {
    const email = `nguoi-dung-${randomUUID().slice(0, 8)}@dondoc.invalid`;
    const created = await request(http)
      .post('/api/users')
      .set(admin.auth)
      .send({ email, name: 'Lò Văn Thử', role: 'viewer', password: BREACHED });
    expectRefused(created, 'password', /phổ biến/);
    expectRefused(
      await request(http)
        .post('/api/users')
        .set(admin.auth)
        .send({ email, name: 'Lò Văn Thử', role: 'viewer', password: ELEVEN }),
      'password',
      /ít nhất 12 ký tự/,
    );

    const officer = await loginAs(app, http, 'agency_officer');
    expectRefused(
      await request(http).patch(`/api/users/${officer.user.id}`).set(admin.auth).send({ password: BREACHED }),
      'password',
      /phổ biến/,
    );
    expectRefused(
      await request(http)
        .post(`/api/users/${officer.user.id}/password-reset`)
        .set(admin.auth)
        .send({ newPassword: BREACHED.normalize('NFD').toLowerCase() }),
      'newPassword',
      /phổ biến/,
    );
    await request(http).get('/api/auth/me').set(officer.auth).expect(200);
  });
});

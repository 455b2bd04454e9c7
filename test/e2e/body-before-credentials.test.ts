import request from 'supertest';
import { problemOf } from '../support/bodies';
import { type LoggedIn, useApiAs } from '../support/registry';
import { type HttpTarget } from '../support/stack-apps';

/** Half a megabyte that is not JSON: parsing it would answer 400, so a 401 shows it was never read. */
const unreadable = `{"title": "${'Kế hoạch '.repeat(50_000)}`;

describe('a body is read only after the caller’s credentials verify', () => {
  let http: HttpTarget;
  let admin: LoggedIn;

  useApiAs('admin', (started) => ({ http, actor: admin } = started));

  const post = (path: string, body: string) =>
    request(http).post(path).set('content-type', 'application/json').send(body);

  it.each([
    ['no credentials', {}],
    ['a forged bearer token', { authorization: `Bearer ${'eyJhbGciOiJIUzI1NiJ9.e30.'}${'A'.repeat(43)}` }],
    ['a forged session cookie', { cookie: 'dondoc_session=eyJhbGciOiJIUzI1NiJ9.e30.AAAA' }],
  ])('refuses a body sent with %s, unread, with 401', async (_what, headers) => {
    const response = await post('/api/plans', unreadable).set(headers);
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(problemOf(response).detail ?? problemOf(response).title).toMatch(/bearer token|invalid|expired/);
  });

  it('reads the body of a caller whose token verifies, and names what is wrong with it', async () => {
    const response = await post('/api/plans', unreadable).set(admin.auth);
    expect(response.status).toBe(400);
  });

  it('reads only a small body where the credentials are in it (login)', async () => {
    const large = JSON.stringify({ email: 'admin@dondoc.invalid', password: 'x'.repeat(40_000) });
    expect((await post('/api/auth/login', large)).status).toBe(413);
    const small = JSON.stringify({ email: admin.user.email, password: 'mật khẩu sai' });
    expect((await post('/api/auth/login', small)).status).toBe(401);
  });
});

import { type INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { TEST_PASSWORD, type LoggedIn, loginAs } from '../support/registry';
import { type HttpTarget, stackConfig, startApi } from '../support/stack-apps';

/** A Content-Security-Policy header as directive → sources. */
function policyOf(response: request.Response): Record<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

function expectHardened(response: request.Response): void {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['x-powered-by']).toBeUndefined();
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  const policy = policyOf(response);
  expect(policy['frame-ancestors']).toEqual(["'none'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
  // Scripts come from this origin only: no inline script, no eval.
  expect(policy['script-src']).toEqual(["'self'"]);
  expect(policy['script-src-attr']).toEqual(["'none'"]);
}

describe('security headers: helmet on the API, the web app and the API docs; the docs behind login in production', () => {
  describe('outside production', () => {
    let app: INestApplication;
    let http: HttpTarget;

    beforeAll(async () => {
      ({ app, http } = await startApi(stackConfig()));
    });

    afterAll(() => app.close());

    it('hardens an API route, without HSTS over plain local HTTP', async () => {
      const response = await request(http).get('/health').expect(200);
      expectHardened(response);
      expect(policyOf(response)['default-src']).toEqual(["'self'"]);
      expect(response.headers['strict-transport-security']).toBeUndefined();
    });

    it('serves the web app under a policy it passes: its own scripts, Ant Design’s style tags, no framing', async () => {
      const response = await request(http).get('/').set('accept', 'text/html').expect(200);
      expect(response.text).toContain('<div id="root">');
      expect(response.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expectHardened(response);
      const policy = policyOf(response);
      expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['img-src']).toEqual(["'self'", 'data:']);
      expect(policy['form-action']).toEqual(["'self'"]);
    });

    it('keeps /api/docs and its JSON open, under a policy Swagger UI can run in', async () => {
      const page = await request(http).get('/api/docs/').expect(200);
      expect(page.text).toContain('swagger-ui');
      expectHardened(page);
      expect(policyOf(page)['img-src']).toEqual(["'self'", 'data:', 'https:']);
      expectHardened(await request(http).get('/api/docs/openapi.json').expect(200));
    });
  });

  describe('in production (NODE_ENV=production)', () => {
    let app: INestApplication;
    let http: HttpTarget;
    let coordinator: LoggedIn;
    let officer: LoggedIn;

    beforeAll(async () => {
      ({ app, http } = await startApi(
        stackConfig({
          NODE_ENV: 'production',
          JWT_SECRET: randomBytes(32).toString('hex'),
          ADMIN_EMAIL: 'quan-tri@security-headers.dondoc.invalid',
          ADMIN_PASSWORD: randomBytes(16).toString('hex'),
        }),
      ));
      coordinator = await loginAs(app, http, 'coordinator');
      officer = await loginAs(app, http, 'agency_officer');
    });

    afterAll(() => app.close());

    it('sends HSTS for a year, subdomains included', async () => {
      const response = await request(http).get('/health').expect(200);
      expectHardened(response);
      expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    });

    it('answers /api/docs and its JSON with 401 to a caller who is not signed in', async () => {
      for (const path of ['/api/docs/', '/api/docs/openapi.json', '/api/docs/swagger-ui-init.js']) {
        const refused = await request(http).get(path).expect(401);
        expect(refused.headers['content-type']).toContain('application/problem+json');
        expect(refused.text).not.toMatch(/SwaggerUIBundle|"openapi"|"paths"/);
      }
      await request(http).get('/api/docs/openapi.json').set('authorization', 'Bearer a.b.c').expect(401);
    });

    it('opens /api/docs to staff with a bearer token or a session cookie, not to an agency officer', async () => {
      await request(http).get('/api/docs/openapi.json').set(coordinator.auth).expect(200);
      const session = await request(http)
        .post('/api/auth/session')
        .send({ email: coordinator.user.email, password: TEST_PASSWORD })
        .expect(200);
      const cookie = (session.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
      const page = await request(http).get('/api/docs/').set('cookie', cookie).expect(200);
      expect(page.text).toContain('swagger-ui');
      await request(http).get('/api/docs/openapi.json').set(officer.auth).expect(403);
    });
  });
});

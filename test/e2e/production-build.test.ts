import { type INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort, type RunningProcess, startProcess } from '@dondoc/devstack';
import { buildServer, SERVER_BUILD_DIR } from '../../scripts/build-server';
import { buildWorkflowBundle, WORKFLOW_BUNDLE } from '../../scripts/build-workflow-bundle';
import { planIntakeBody } from '../factories/plan.factory';
import { mailsTo } from '../support/mail-sink-client';
import { eventually } from '../support/orchestration';
import { seedUser, TEST_PASSWORD } from '../support/registry';
import { stackConfig, startApi } from '../support/stack-apps';

const root = resolve(__dirname, '../..');
const MIGRATE = 'apps/api/src/migrate.js';

/**
 * What the image runs: the compiled API and worker from dist/server under NODE_ENV=production, with every
 * devDependency refused, take a plan and mail its standing office through the prebuilt workflow bundle.
 */
describe('the production build', () => {
  const processes: RunningProcess[] = [];
  let seeding: INestApplication;
  let apiUrl: string;
  let migrationsExit: number | null;

  beforeAll(async () => {
    await buildServer();
    if (!existsSync(WORKFLOW_BUNDLE)) await buildWorkflowBundle();
    const config = stackConfig();
    ({ app: seeding } = await startApi(config));
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      PUBLIC_URL: apiUrl,
      DATABASE_URL: config.database.url,
      TEMPORAL_ADDRESS: config.temporal.address,
      TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
      // The local sink offers no STARTTLS: production must be told so explicitly.
      SMTP_URL: `${config.mail.url}?requireTLS=false`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      ADMIN_EMAIL: 'quan-tri@production-build.dondoc.invalid',
      ADMIN_PASSWORD: randomBytes(16).toString('hex'),
      LOG_LEVEL: 'warn',
    };
    const compiled = (path: string) => ['-r', join(root, 'test/support/refuse-dev-dependencies.js'), path];
    const migrate = startProcess('migrate', process.execPath, compiled(join(SERVER_BUILD_DIR, MIGRATE)), {
      cwd: root,
      env,
    });
    migrationsExit = await migrate.exited;
    for (const app of ['api', 'worker']) {
      const main = join(SERVER_BUILD_DIR, 'apps', app, 'src', 'main.js');
      processes.push(startProcess(app, process.execPath, compiled(main), { cwd: root, env }));
    }
  });

  afterAll(async () => {
    for (const running of processes) await running.stop();
    await seeding?.close();
  });

  it('runs the migrations as a one-shot command', () => {
    expect(migrationsExit).toBe(0);
  });

  it('answers /health, logs a coordinator in and runs a plan intake to its email', async () => {
    const health = await eventually(
      () =>
        fetch(`${apiUrl}/health`).then(
          (response) => response.status,
          () => 0,
        ),
      (status) => status === 200 || processes.some(({ child }) => child.exitCode !== null),
      { timeoutMs: 60_000, what: 'the compiled API answering /health' },
    );
    expect(health).toBe(200);

    const coordinator = await seedUser(seeding, 'coordinator');
    const login = await post('/api/auth/login', { email: coordinator.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };

    const body = planIntakeBody();
    const created = await post('/api/plans', body, accessToken);
    expect(created.status).toBe(201);
    const [mail] = await mailsTo(String(body.standingOfficeEmail), { timeoutMs: 60_000 });
    expect(mail?.subject).toContain(String(body.number));
  });

  function post(path: string, body: unknown, token?: string): Promise<Response> {
    return fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });
  }
});

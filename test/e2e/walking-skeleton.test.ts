import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { planIntakeBody } from '../factories/plan.factory';
import { mailsTo } from '../support/mail-sink-client';
import { type LoggedIn, loginAs } from '../support/registry';
import { type HttpTarget, stackConfig, startApi, startWorker } from '../support/stack-apps';

describe('walking skeleton: POST /plans → draft row → Temporal workflow → outbox row → SMTP mail', () => {
  let config: AppConfig;
  let api: INestApplication;
  let http: HttpTarget;
  let db: Client;
  let coordinator: LoggedIn;

  beforeAll(async () => {
    config = stackConfig();
    ({ app: api, http } = await startApi(config));
    coordinator = await loginAs(api, http, 'coordinator');
    db = new Client({ connectionString: config.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('stores the draft at once, then a worker started after the workflow mails the standing office', async () => {
    const body = planIntakeBody({ title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026 — Sở Tư pháp tỉnh Lai Châu' });
    const created = await request(http).post('/api/plans').set(coordinator.auth).send(body).expect(201);
    const { id } = created.body as { id: string };
    expect(created.body).toMatchObject({ title: body.title, number: body.number, status: 'draft' });

    const { rows } = await db.query('SELECT title, number, status, standing_office_email FROM plans WHERE id = $1', [
      id,
    ]);
    expect(rows).toEqual([
      { title: body.title, number: body.number, status: 'draft', standing_office_email: body.standingOfficeEmail },
    ]);

    // No worker yet: the workflow is durable and waiting, and nothing has been sent.
    const waiting = await request(http).get(`/api/plans/${id}/intake`).set(coordinator.auth).expect(200);
    expect(waiting.body).toMatchObject({ workflowId: `plan-intake-${id}`, executionStatus: 'RUNNING', stage: null });
    expect(await outboxRows(id)).toEqual([]);

    const { worker, context } = await startWorker(config);
    // Querying needs a live worker, so read the final stage before letting it go.
    const result = await worker.runUntil(() => waitForStage(http, coordinator, id, 'notified'));
    await context.close();
    expect(result).toMatchObject({ executionStatus: expect.stringMatching(/RUNNING|COMPLETED/), stage: 'notified' });

    const [mail] = await mailsTo(String(body.standingOfficeEmail));
    expect(mail.subject).toBe(`[dondoc] Đã tiếp nhận Kế hoạch số ${String(body.number)}: ${String(body.title)}`);
    expect(mail.subject.normalize('NFC')).toBe(mail.subject);
    expect(mail.text).toContain(`${config.http.publicUrl}/ke-hoach/${id}`);
    expect(await outboxRows(id)).toEqual([{ status: 'sent', attempts: 1, smtp_message_id: mail.messageId }]);

    const plan = await request(http).get(`/api/plans/${id}`).set(coordinator.auth).expect(200);
    expect(plan.body).toMatchObject({ id, title: body.title, number: body.number, status: 'draft' });
  });

  it('refuses a body without a valid standing office email, naming the field and starting nothing', async () => {
    const response = await request(http)
      .post('/api/plans')
      .set(coordinator.auth)
      .send(planIntakeBody({ standingOfficeEmail: 'not-an-email' }))
      .expect(400)
      .expect('content-type', /application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 400,
      errors: [{ field: 'standingOfficeEmail', message: expect.any(String) }],
    });
  });

  it('refuses malformed JSON as a problem document', async () => {
    const response = await request(http)
      .post('/api/plans')
      .set(coordinator.auth)
      .set('content-type', 'application/json')
      .send('{"title": ')
      .expect(400)
      .expect('content-type', /application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  async function outboxRows(planId: string): Promise<unknown[]> {
    const { rows } = await db.query<Record<string, unknown>>(
      'SELECT status, attempts, smtp_message_id FROM notifications WHERE idempotency_key = $1',
      [`plan-received:${planId}`],
    );
    return rows;
  }
});

async function waitForStage(http: HttpTarget, actor: LoggedIn, id: string, stage: string): Promise<{ stage: string }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await request(http).get(`/api/plans/${id}/intake`).set(actor.auth);
    const body = response.body as { stage: string; executionStatus: string };
    if (body.stage === stage || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

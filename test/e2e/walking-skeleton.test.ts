import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { planIntakeBody } from '../factories/plan.factory';
import { mailsTo } from '../support/mail-sink-client';
import { type HttpTarget, stackConfig, startApi, startWorker } from '../support/stack-apps';

describe('walking skeleton: POST /plans → Temporal workflow → PostgreSQL row → SMTP mail', () => {
  let config: AppConfig;
  let api: INestApplication;
  let http: HttpTarget;
  let db: Client;

  beforeAll(async () => {
    config = stackConfig();
    ({ app: api, http } = await startApi(config));
    db = new Client({ connectionString: config.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('waits for a worker started after the workflow, then records the plan and mails the standing office', async () => {
    const body = planIntakeBody({ title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026 — Sở Tư pháp tỉnh Lai Châu' });
    const accepted = await request(http).post('/plans').send(body).expect(202);
    const { id, workflowId } = accepted.body as { id: string; workflowId: string };
    expect(workflowId).toBe(`plan-intake-${id}`);

    // No worker yet: the workflow is durable and waiting, nothing is written or sent.
    const waiting = await request(http).get(`/plans/${id}/intake`).expect(200);
    expect(waiting.body).toMatchObject({ executionStatus: 'RUNNING', stage: null });
    await request(http).get(`/plans/${id}`).expect(404);

    const { worker, context } = await startWorker(config);
    // Querying needs a live worker, so read the final stage before letting it go.
    const result = await worker.runUntil(() => waitForStage(http, id, 'notified'));
    await context.close();
    expect(result).toMatchObject({ executionStatus: expect.stringMatching(/RUNNING|COMPLETED/), stage: 'notified' });

    const { rows } = await db.query('SELECT title, number, status, standing_office_email FROM plans WHERE id = $1', [
      id,
    ]);
    expect(rows).toEqual([
      { title: body.title, number: body.number, status: 'draft', standing_office_email: body.standingOfficeEmail },
    ]);

    const plan = await request(http).get(`/plans/${id}`).expect(200);
    expect(plan.body).toMatchObject({ id, title: body.title, number: body.number });

    const [mail] = await mailsTo(String(body.standingOfficeEmail));
    expect(mail.subject).toBe(`[dondoc] Đã tiếp nhận Kế hoạch số ${String(body.number)}: ${String(body.title)}`);
    expect(mail.subject.normalize('NFC')).toBe(mail.subject);
    expect(mail.text).toContain(`${config.http.publicUrl}/plans/${id}`);

    const outbox = await db.query(
      'SELECT status, attempts, smtp_message_id FROM notifications WHERE idempotency_key = $1',
      [`plan-received:${id}`],
    );
    expect(outbox.rows).toEqual([{ status: 'sent', attempts: 1, smtp_message_id: mail.messageId }]);
  });

  it('refuses a body without a valid standing office email, naming the field and starting nothing', async () => {
    const response = await request(http)
      .post('/plans')
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
      .post('/plans')
      .set('content-type', 'application/json')
      .send('{"title": ')
      .expect(400)
      .expect('content-type', /application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
  });
});

async function waitForStage(http: HttpTarget, id: string, stage: string): Promise<{ stage: string }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await request(http).get(`/plans/${id}/intake`);
    const body = response.body as { stage: string; executionStatus: string };
    if (body.stage === stage || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

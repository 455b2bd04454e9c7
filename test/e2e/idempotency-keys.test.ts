import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { submitReportUpdate, workflowIds } from '@dondoc/contracts';
import { TemporalClient } from '@dondoc/temporal';
import { problemOf, rowOf } from '../support/bodies';
import { activateAndAwaitAssignments, daysFromToday, onceDue, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency, useApiAs } from '../support/registry';
import { type HttpTarget } from '../support/stack-apps';

const REASON = 'Gia hạn theo đề nghị của cơ quan tại Công văn số 12/SYT';

describe('Idempotency-Key: one key, one request', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let coordinator: LoggedIn;

  useApiAs('coordinator', (started) => ({ app, http, actor: coordinator } = started), { withWorker: true });

  const extend = (assignmentId: string, key: string, body: object) =>
    request(http)
      .post(`/api/assignments/${assignmentId}/extend`)
      .set(coordinator.auth)
      .set('Idempotency-Key', key)
      .send(body);

  const dueOf = async (assignmentId: string) =>
    rowOf<{ dueDate: string }>(
      await request(http).get(`/api/assignments/${assignmentId}`).set(coordinator.auth).expect(200),
    ).dueDate;

  it('refuses a key sent again with another body (422, naming the header) and changes nothing', async () => {
    const agencies = [await seedAgency(app, { name: 'Sở Y tế tỉnh Lai Châu' }), await seedAgency(app)];
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20)));
    const ids = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 2);
    const [one, other] = agencies.map((agency) => ids[agency.id]);
    const key = 'extend-5f0c9d2e7a1b';
    const first = { newDue: daysFromToday(30), reason: REASON };

    await extend(one, key, first).expect(200);
    const reused = await extend(one, key, { newDue: daysFromToday(60), reason: REASON }).expect(422);
    expect(problemOf(reused)).toMatchObject({
      status: 422,
      code: 'IdempotencyKeyReused',
      errors: [{ field: 'Idempotency-Key', message: expect.stringContaining('another request') }],
    });
    expect(await dueOf(one)).toBe(first.newDue);

    // The same body again is the retry the key is for; the same key on another assignment is another request.
    expect(rowOf<{ dueDate: string }>(await extend(one, key, first).expect(200)).dueDate).toBe(first.newDue);
    await extend(other, key, { newDue: daysFromToday(45), reason: REASON }).expect(200);
    expect(await dueOf(other)).toBe(daysFromToday(45));
  });

  it('does not hold a key for a request refused before it began: the corrected one goes through', async () => {
    const agency = await seedAgency(app);
    const { plan } = await seedPlanWithTask(app, [agency], onceDue(daysFromToday(20)));
    const ids = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 1);
    const key = 'extend-b7e4a90c3d21';

    const refused = await extend(ids[agency.id], key, { reason: REASON }).expect(400);
    expect(new Set(problemOf(refused).errors?.map((error) => error.field))).toEqual(new Set(['newDue']));
    await extend(ids[agency.id], key, { newDue: daysFromToday(35), reason: REASON }).expect(200);
    expect(await dueOf(ids[agency.id])).toBe(daysFromToday(35));
  });

  // The first request's first attempt was refused as not ready (a worker had died holding the workflow's task), its
  // resend went through, and its answer was lost; the retry's first attempt is then a second report to the workflow.
  it("answers a retried report with what the first request's resend did, not with the workflow's refusal of a second", async () => {
    const agency = await seedAgency(app);
    const { plan } = await seedPlanWithTask(app, [agency], onceDue(daysFromToday(20)));
    const assignmentId = (await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 1))[agency.id];
    const officer = await loginAs(app, http, 'agency_officer', { agencyId: agency.id });
    const key = 'submit-0d6f2b8e41c9';
    const reportText = 'Đã tổ chức 05 hội nghị phổ biến Luật Đất đai năm 2024 cho cán bộ, công chức cấp xã.';
    const workflow = app.get(TemporalClient).workflow.getHandle(workflowIds.assignment(assignmentId));
    const resent = await workflow.executeUpdate(submitReportUpdate, {
      args: [{ agencyId: agency.id, submittedBy: officer.user.id, reportText, attachments: [] }],
      updateId: `submit:${key}:attempt-1`,
    });

    const retried = await request(http)
      .post(`/api/assignments/${assignmentId}/submissions`)
      .set(officer.auth)
      .set('Idempotency-Key', key)
      .send({ reportText });
    expect({ status: retried.status, body: retried.body as unknown }).toEqual({ status: 201, body: resent });
    const submissions = await request(http)
      .get(`/api/assignments/${assignmentId}/submissions`)
      .set(coordinator.auth)
      .expect(200);
    expect(submissions.body).toEqual([expect.objectContaining({ reportText, version: resent.version })]);
  });
});

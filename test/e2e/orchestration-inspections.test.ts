import { type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { type InspectionEntity, InspectionRepository } from '@dondoc/persistence';
import { pageOf, problemOf, rowOf } from '../support/bodies';
import { startInspection } from '../support/inspections';
import { seedDraftPlan } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, stackConfig, runWorker, startApi } from '../support/stack-apps';

describe('inspections through the API: inspectors see and report on their own', () => {
  let config: AppConfig;
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let inspectors: LoggedIn[];
  let viewer: LoggedIn;
  let coordinator: LoggedIn;
  let planId: string;
  let theirs: InspectionEntity;
  let others: InspectionEntity;

  beforeAll(async () => {
    config = stackConfig();
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    inspectors = [await loginAs(app, http, 'inspector'), await loginAs(app, http, 'inspector')];
    viewer = await loginAs(app, http, 'viewer');
    coordinator = await loginAs(app, http, 'coordinator');
    planId = (await seedDraftPlan(app)).id;
    const repository = app.get(InspectionRepository);
    const team = (inspectorId: string) => [{ name: 'Đoàn kiểm tra số 1', inspectorIds: [inspectorId], agencyIds: [] }];
    theirs = await repository.schedule({
      planId,
      period: '2026',
      workflowId: `inspection-test-${randomUUID()}`,
      teams: team(inspectors[0].user.id),
    });
    others = await repository.schedule({
      planId,
      period: '2026',
      workflowId: `inspection-test-${randomUUID()}`,
      teams: team(inspectors[1].user.id),
    });
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
  });

  const list = (actor: LoggedIn, query: Record<string, string>) =>
    request(http).get('/api/inspections').query(query).set(actor.auth).expect(200);

  it('lists an inspector’s own inspections only, and every one to a viewer, by plan and status', async () => {
    const own = pageOf(await list(inspectors[0], { planId }));
    expect(own).toMatchObject({ total: 1, items: [{ id: theirs.id, status: 'scheduled' }] });
    const all = pageOf(await list(viewer, { planId, pageSize: '1' }));
    expect(all).toMatchObject({ total: 2, pageSize: 1 });
    expect(pageOf(await list(viewer, { planId, status: 'reported' })).total).toBe(0);
    await request(http).get('/api/inspections').query({ status: 'done' }).set(viewer.auth).expect(400);
  });

  it('refuses a report on another team’s inspection (404) and on one whose workflow is not running (409)', async () => {
    const report = { report: 'Đoàn đã kiểm tra 6 cơ quan.' };
    await request(http).post(`/api/inspections/${others.id}/report`).set(inspectors[0].auth).send(report).expect(404);
    const idle = await request(http)
      .post(`/api/inspections/${theirs.id}/report`)
      .set(inspectors[0].auth)
      .send(report)
      .expect(409);
    expect(problemOf(idle)).toMatchObject({ code: 'WorkflowNotRunning' });
  });

  it('takes the findings into the running inspection workflow once', async () => {
    const agency = await seedAgency(app);
    const scheduled = await startInspection(app, config.temporal.taskQueue, {
      planId,
      agencies: [agency],
      inspectorId: inspectors[0].user.id,
    });
    // The row says so too, so the inspector's page and the office's lists show the inspection under way.
    expect(scheduled.status).toBe('notified');

    const report = { report: 'Đoàn kiểm tra số 1 đã kiểm tra 1 cơ quan; cơ quan thực hiện đầy đủ.' };
    const reported = await request(http)
      .post(`/api/inspections/${scheduled.id}/report`)
      .set(inspectors[0].auth)
      .send(report)
      .expect(200);
    expect(rowOf(reported)).toMatchObject({ id: scheduled.id, status: 'reported', findingsReport: report.report });
    const again = await request(http)
      .post(`/api/inspections/${scheduled.id}/report`)
      .set(inspectors[0].auth)
      .send(report)
      .expect(409);
    // Refused by the workflow itself while it still tells the standing office, by the API once it has ended.
    expect(['NotAwaitingFindings', 'WorkflowNotRunning']).toContain(problemOf(again).code);
  });

  it('keeps a retried finding once: its photo listed once and one audit event, a real change recorded again', async () => {
    const agency = await seedAgency(app);
    const inspection = await startInspection(app, config.temporal.taskQueue, {
      planId,
      agencies: [agency],
      inspectorId: inspectors[0].user.id,
    });
    const photo = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n% Biên bản kiểm tra\n');
    const save = (rating: string) =>
      request(http)
        .put(`/api/inspections/${inspection.id}/findings/${agency.id}`)
        .set(inspectors[0].auth)
        .field('finding', 'Sở đã tổ chức 12 hội nghị; hồ sơ lưu đầy đủ.')
        .field('rating', rating)
        .attach('attachments', photo, 'Biên bản.pdf')
        .expect(200);
    const first = rowOf<{ attachments: unknown[] }>(await save('tot'));
    // The inspector's phone lost the answer and sent the same form again.
    const retried = rowOf<{ attachments: unknown[] }>(await save('tot'));
    expect(retried.attachments).toHaveLength(1);
    expect(retried).toEqual(first);
    const events = async () =>
      pageOf(
        await request(http)
          .get('/api/audit-events')
          .query({ entityType: 'inspection', entityId: inspection.id, action: 'inspection.finding' })
          .set(coordinator.auth)
          .expect(200),
      ).total;
    expect(await events()).toBe(1);

    const changed = rowOf<{ rating: string; attachments: unknown[] }>(await save('kha'));
    expect(changed).toMatchObject({ rating: 'kha', attachments: [expect.anything()] });
    expect(await events()).toBe(2);
  });
});

import { type INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { type PlanProgress, planProgressQuery, workflowIds } from '@dondoc/contracts';
import { WorkingCalendar, coordinatingInputDue } from '@dondoc/domain';
import { type AgencyEntity, SubmissionRepository } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { pageOf, problemOf, rowOf } from '../support/bodies';
import {
  daysFromToday,
  eventually,
  onRequest,
  onceDue,
  seedDraftPlan,
  seedPlanWithTask,
  workflowStarted,
} from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, stackConfig, runWorker, startApi } from '../support/stack-apps';

interface Assignment {
  id: string;
  agencyId: string;
  status: string;
  dueDate: string;
  deadlineVersion: number;
  workflowId: string | null;
}

describe('orchestration through the API: activate → assignments → submit → review', () => {
  let config: AppConfig;
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let attachmentsDir: string;
  let coordinator: LoggedIn;
  let agencies: AgencyEntity[];
  let officers: LoggedIn[];

  beforeAll(async () => {
    attachmentsDir = mkdtempSync(join(tmpdir(), 'dondoc-attachments-'));
    config = stackConfig({ ATTACHMENTS_DIR: attachmentsDir });
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
    agencies = [await seedAgency(app), await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' })];
    officers = [
      await loginAs(app, http, 'agency_officer', { agencyId: agencies[0].id }),
      await loginAs(app, http, 'agency_officer', { agencyId: agencies[1].id }),
    ];
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
    rmSync(attachmentsDir, { recursive: true, force: true });
  });

  const assignmentsOf = async (planId: string): Promise<Assignment[]> =>
    pageOf<Assignment>(await request(http).get(`/api/plans/${planId}/assignments`).set(coordinator.auth)).items;

  /** Activates the plan and waits for its assignments' workflows to run. */
  async function activated(planId: string, expected: number): Promise<Assignment[]> {
    const response = await request(http)
      .post(`/api/plans/${planId}/activate`)
      .set(coordinator.auth)
      .send({})
      .expect(202);
    expect(response.body).toEqual({ planId, workflowId: `plan-${planId}`, latePeriods: [] });
    await eventually(
      () => request(http).get(`/api/plans/${planId}`).set(coordinator.auth),
      (plan) => rowOf(plan).status === 'active',
      { what: 'plan active' },
    );
    const rows = await eventually(
      () => assignmentsOf(planId),
      (found) => found.length === expected && found.every((row) => row.workflowId),
      { what: `${expected} assignments` },
    );
    for (const row of rows) await workflowStarted(app, row.workflowId!);
    return rows;
  }

  const submit = (officer: LoggedIn, assignmentId: string, body: object) =>
    request(http).post(`/api/assignments/${assignmentId}/submissions`).set(officer.auth).send(body);

  it('runs one agency’s report to acceptance, returns, extends and waives the other’s, and counts them', async () => {
    const due = daysFromToday(10);
    const { plan, task } = await seedPlanWithTask(app, agencies, onceDue(due));
    const rows = await activated(plan.id, 2);
    const [first, second] = agencies.map((agency) => rows.find((row) => row.agencyId === agency.id)!);
    // The second agency coordinates: its input is due to the lead five working days before the lead's deadline.
    expect(first).toMatchObject({ status: 'pending', dueDate: due });
    expect(second).toMatchObject({
      status: 'pending',
      dueDate: coordinatingInputDue(due, { opens: daysFromToday(0) }, 5, new WorkingCalendar()),
    });

    // The other agency's officer cannot see, nor report on, the first agency's assignment.
    await request(http).get(`/api/assignments/${first.id}`).set(officers[1].auth).expect(404);
    await submit(officers[1], first.id, { reportText: 'Báo cáo' }).expect(404);

    const pdf = Buffer.from('%PDF-1.7 Báo cáo kết quả thực hiện Kế hoạch');
    const submitted = await submit(officers[0], first.id, {
      reportText: 'Sở đã tổ chức 12 hội nghị phổ biến pháp luật cho 1.200 lượt người.',
      attachments: [{ filename: 'Báo cáo.pdf', mediaType: 'application/pdf', contentBase64: pdf.toString('base64') }],
    }).expect(201);
    expect(submitted.body).toEqual({ version: 1, status: 'submitted' });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(readFileSync(join(attachmentsDir, sha256))).toEqual(pdf);
    const [stored] = await app.get(SubmissionRepository).listForAssignment(first.id);
    expect(stored).toMatchObject({
      version: 1,
      submittedBy: officers[0].user.id,
      attachments: [{ filename: 'Báo cáo.pdf', mediaType: 'application/pdf', size: pdf.length, sha256 }],
    });

    const again = await submit(officers[0], first.id, { reportText: 'Bản bổ sung' }).expect(409);
    expect(problemOf(again)).toMatchObject({ detail: 'a report is already awaiting review', code: 'AwaitingReview' });

    const accepted = await request(http)
      .post(`/api/assignments/${first.id}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'accepted', comment: 'Đạt yêu cầu' })
      .expect(200);
    expect(accepted.body).toMatchObject({ id: first.id, status: 'accepted', submissions: 1 });
    const read = await request(http).get(`/api/assignments/${first.id}`).set(officers[0].auth).expect(200);
    expect(rowOf(read).status).toBe('accepted');
    // Accepted settles the assignment: its workflow has ended, and takes nothing more.
    const settled = await request(http)
      .post(`/api/assignments/${first.id}/waive`)
      .set(coordinator.auth)
      .send({ reason: 'Thử' })
      .expect(409);
    // Refused by the workflow itself while it still tells the agency, by the API once it has ended.
    expect(['AssignmentSettled', 'WorkflowNotRunning']).toContain(problemOf(settled).code);

    await submit(officers[1], second.id, { reportText: 'Sở Nội vụ đã lồng ghép phổ biến pháp luật.' }).expect(201);
    const newDue = daysFromToday(15);
    const returned = await request(http)
      .post(`/api/assignments/${second.id}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'returned', comment: 'Đề nghị bổ sung số liệu', newDue })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', dueDate: newDue, deadlineVersion: 2, wasReturned: true });
    const noLater = await request(http)
      .post(`/api/assignments/${second.id}/extend`)
      .set(coordinator.auth)
      .send({ newDue, reason: 'Theo đề nghị của Sở Nội vụ' })
      .expect(409);
    expect(problemOf(noLater)).toMatchObject({ code: 'NotLater' });
    const extended = await request(http)
      .post(`/api/assignments/${second.id}/extend`)
      .set(coordinator.auth)
      .send({ newDue: daysFromToday(20), reason: 'Theo đề nghị của Sở Nội vụ' })
      .expect(200);
    expect(extended.body).toMatchObject({ status: 'returned', dueDate: daysFromToday(20), deadlineVersion: 3 });
    await request(http)
      .post(`/api/assignments/${second.id}/waive`)
      .set(coordinator.auth)
      .send({ reason: 'Nhiệm vụ không còn phù hợp' })
      .expect(200)
      .expect(({ body }) => expect(body).toMatchObject({ status: 'waived' }));
    expect(rowOf(await request(http).get(`/api/assignments/${second.id}`).set(coordinator.auth))).toMatchObject({
      status: 'waived',
      dueDate: daysFromToday(20),
      deadlineVersion: 3,
    });
    // The report page tells each kind of step with its own fields, oldest first.
    const view = await request(http).get(`/api/assignments/${second.id}/report-view`).set(coordinator.auth).expect(200);
    expect(rowOf<{ history: unknown[] }>(view).history).toEqual([
      {
        kind: 'submission',
        at: expect.any(String),
        version: 1,
        reportText: 'Sở Nội vụ đã lồng ghép phổ biến pháp luật.',
        attachments: [],
      },
      {
        kind: 'review',
        at: expect.any(String),
        version: 1,
        outcome: 'returned',
        comment: 'Đề nghị bổ sung số liệu',
        newDue,
      },
      { kind: 'extension', at: expect.any(String), newDue: daysFromToday(20) },
    ]);

    const progress = await request(http).get(`/api/plans/${plan.id}/progress`).set(coordinator.auth).expect(200);
    // Every assignment settled, the task period tells the plan, which then completes.
    expect(progress.body).toMatchObject({
      planId: plan.id,
      status: expect.stringMatching(/^(active|completed)$/),
      total: 2,
      byStatus: { accepted: 1, waived: 1, pending: 0, overdue: 0 },
      byTask: [{ taskId: task.id, taskCode: 'II.1', total: 2, byStatus: { accepted: 1, waived: 1 } }],
      overdue: [],
    });
    const own = await request(http).get(`/api/plans/${plan.id}/progress`).set(officers[0].auth).expect(200);
    expect(own.body).toMatchObject({ total: 1, byStatus: { accepted: 1, waived: 0 } });
  });

  it('refuses a report with bad base64 or media type, naming the field', async () => {
    const someAssignment = randomUUID();
    const attachment = { filename: 'a.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0=' };
    const cases: Array<[object, string]> = [
      [{ ...attachment, contentBase64: 'không phải base64!' }, 'attachments.0.contentBase64'],
      [{ ...attachment, mediaType: 'pdf' }, 'attachments.0.mediaType'],
    ];
    for (const [bad, field] of cases) {
      const response = await submit(officers[0], someAssignment, { reportText: 'Báo cáo', attachments: [bad] }).expect(
        400,
      );
      expect(problemOf(response).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const tooLarge = await submit(officers[0], someAssignment, {
      reportText: 'Báo cáo',
      attachments: [{ ...attachment, contentBase64: Buffer.alloc(8 * 1024 * 1024).toString('base64') }],
    });
    expect(tooLarge.status).toBe(413);
  });

  it('refuses a second activation and an empty plan, reassigns, and cancels every assignment with the plan', async () => {
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(10)));
    await request(http).post(`/api/plans/${plan.id}/cancel`).set(coordinator.auth).send({ reason: 'Thử' }).expect(409);
    const rows = await activated(plan.id, 2);
    const twice = await request(http).post(`/api/plans/${plan.id}/activate`).set(coordinator.auth).send({}).expect(409);
    expect(problemOf(twice).detail).toMatch(/only a draft plan can be activated/);

    const empty = await seedDraftPlan(app);
    const none = await request(http).post(`/api/plans/${empty.id}/activate`).set(coordinator.auth).send({}).expect(409);
    expect(problemOf(none).detail).toMatch(/has no tasks/);

    const [lead] = rows.filter((row) => row.agencyId === agencies[0].id);
    const reassign = (agencyId: string) =>
      request(http)
        .post(`/api/assignments/${lead.id}/reassign`)
        .set(coordinator.auth)
        .send({ agencyId, reason: 'Chuyển cơ quan chủ trì' });
    await reassign(randomUUID()).expect(404);
    expect(problemOf(await reassign(agencies[0].id).expect(409))).toMatchObject({ code: 'SameAgency' });
    const successor = await seedAgency(app, { name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu' });
    const moved = await reassign(successor.id).expect(200);
    expect(moved.body).toMatchObject({ id: lead.id, agencyId: successor.id, status: 'pending', deadlineVersion: 2 });
    await request(http).get(`/api/assignments/${lead.id}`).set(officers[0].auth).expect(404);

    await request(http).post(`/api/plans/${plan.id}/cancel`).set(coordinator.auth).send({}).expect(400);
    await request(http)
      .post(`/api/plans/${plan.id}/cancel`)
      .set(coordinator.auth)
      .send({ reason: 'Kế hoạch được thay thế' })
      .expect(202);
    const cancelled = await eventually(
      () => assignmentsOf(plan.id),
      (found) => found.every((row) => row.status === 'cancelled'),
      { what: 'assignments cancelled' },
    );
    expect(cancelled.map((row) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
    await eventually(
      () => request(http).get(`/api/plans/${plan.id}`).set(coordinator.auth),
      (response) => rowOf(response).status === 'cancelled',
      { what: 'plan cancelled' },
    );
    const late = await submit(officers[1], rows.find((row) => row.agencyId === agencies[1].id)!.id, {
      reportText: 'Báo cáo muộn',
    }).expect(409);
    expect(problemOf(late)).toMatchObject({ code: 'WorkflowNotRunning' });
  });

  it('triggers an on-request task, and amends the running plan when a task is added', async () => {
    const { plan, task } = await seedPlanWithTask(app, agencies.slice(0, 1), onRequest);
    const notRunning = await request(http)
      .post(`/api/plans/${plan.id}/tasks/${task.id}/trigger`)
      .set(coordinator.auth)
      .send({ due: daysFromToday(5) })
      .expect(409);
    expect(problemOf(notRunning)).toMatchObject({ code: 'WorkflowNotRunning' });

    await activated(plan.id, 0);
    const past = await request(http)
      .post(`/api/plans/${plan.id}/tasks/${task.id}/trigger`)
      .set(coordinator.auth)
      .send({ due: daysFromToday(-1) })
      .expect(409);
    expect(problemOf(past)).toMatchObject({ code: 'DueInPast' });
    const triggered = await request(http)
      .post(`/api/plans/${plan.id}/tasks/${task.id}/trigger`)
      .set(coordinator.auth)
      .send({ due: daysFromToday(5) })
      .expect(200);
    expect(triggered.body).toMatchObject({ taskId: task.id, period: 'request-1', due: daysFromToday(5) });
    const [requested] = await eventually(
      () => assignmentsOf(plan.id),
      (found) => found.length === 1,
      { what: 'the requested assignment' },
    );
    expect(requested).toMatchObject({ agencyId: agencies[0].id, dueDate: daysFromToday(5) });

    const handle = app.get(TemporalClient).workflow.getHandle(workflowIds.plan(plan.id));
    const periods = (progress: PlanProgress) => Object.values(progress.periods).reduce((sum, n) => sum + n, 0);
    expect(periods(await handle.query(planProgressQuery))).toBe(1);
    await request(http)
      .post(`/api/plans/${plan.id}/tasks`)
      .set(coordinator.auth)
      .send({ code: 'II.2', title: 'Biên soạn tài liệu phổ biến pháp luật', timeframe: 'Quý IV năm 2099' })
      .expect(201);
    await eventually(
      () => handle.query(planProgressQuery),
      (progress) => periods(progress) === 2,
      { what: 'the added task’s period' },
    );
  });
});

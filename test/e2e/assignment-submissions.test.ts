import { type INestApplication } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request, { type Test } from 'supertest';
import { workflowIds } from '@dondoc/contracts';
import { type AgencyEntity, AssignmentRepository, type PlanEntity, type TaskEntity } from '@dondoc/persistence';
import { problemOf, rowOf } from '../support/bodies';
import { mailsTo } from '../support/mail-sink-client';
import { activateAndAwaitAssignments, daysFromToday, onceDue, seedPlanWithTask } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, stackConfig, runWorker, startApi } from '../support/stack-apps';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n% Báo cáo kết quả năm\n');
const SHA256 = createHash('sha256').update(PDF).digest('hex');

interface SubmissionVersion {
  version: number;
  submittedAt: string;
  submittedBy: string | null;
  submittedByEmail: string | null;
  reportText: string | null;
  attachments: Array<{ filename: string; mediaType: string; size: number; sha256: string; url: string }>;
  review: { outcome: string; comment: string | null; reviewedAt: string } | null;
}

describe('GET /api/assignments/:id/submissions: an assignment’s reports, read back', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let attachmentsDir: string;
  let coordinator: LoggedIn;
  let viewer: LoggedIn;
  let agencies: AgencyEntity[];
  let officers: LoggedIn[];
  /** Each agency's assignment, by agency id. */
  let assignmentOf: Record<string, string>;
  let plan: PlanEntity;
  let task: TaskEntity;

  beforeAll(async () => {
    attachmentsDir = mkdtempSync(join(tmpdir(), 'dondoc-submissions-'));
    const config = stackConfig({ ATTACHMENTS_DIR: attachmentsDir });
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
    viewer = await loginAs(app, http, 'viewer');
    agencies = [await seedAgency(app), await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' })];
    officers = await Promise.all(
      agencies.map((agency) => loginAs(app, http, 'agency_officer', { agencyId: agency.id })),
    );
    ({ plan, task } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20))));
    assignmentOf = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 2);
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
    rmSync(attachmentsDir, { recursive: true, force: true });
  });

  const submissionsOf = (id: string) => request(http).get(`/api/assignments/${id}/submissions`);

  /** Opens the personal link the agency's first email carries, as a browser would: its session cookies and CSRF token. */
  async function linkSession(agency: AgencyEntity): Promise<{ cookies: string; csrf: string }> {
    const mails = await mailsTo(agency.focalEmails[0]);
    const given = mails.find((mail) => mail.subject.startsWith('[dondoc] Giao nhiệm vụ'))!;
    const token = /\/r\/([A-Za-z0-9_-]{43})/.exec(given.text)![1];
    const opened = await request(http).get(`/r/${token}`).set('accept', 'text/html').expect(303);
    const cookies = (opened.headers['set-cookie'] as unknown as string[])
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
    const session = rowOf<{ csrfToken: string }>(await request(http).get('/api/session').set('cookie', cookies));
    return { cookies, csrf: session.csrfToken };
  }

  it('lists every version oldest first, with who sent it, its files and its review', async () => {
    const id = assignmentOf[agencies[0].id];
    await request(http)
      .post(`/api/assignments/${id}/submissions`)
      .set(officers[0].auth)
      .send({
        reportText: 'Sở đã tổ chức 12 hội nghị phổ biến pháp luật cho 1.200 lượt người.',
        attachments: [{ filename: 'Báo cáo.pdf', mediaType: 'application/pdf', contentBase64: PDF.toString('base64') }],
      })
      .expect(201);
    await request(http)
      .post(`/api/assignments/${id}/review`)
      .set(coordinator.auth)
      .send({ outcome: 'returned', comment: 'Đề nghị bổ sung số liệu quý IV', newDue: daysFromToday(25) })
      .expect(200);
    const link = await linkSession(agencies[0]);
    await request(http)
      .post(`/api/assignments/${id}/submissions`)
      .set('cookie', link.cookies)
      .set('x-csrf-token', link.csrf)
      .field('reportText', 'Bổ sung số liệu quý IV: 3 hội nghị, 320 lượt người.')
      .expect(201);

    const listed = rowOf<SubmissionVersion[]>(await submissionsOf(id).set(coordinator.auth).expect(200));

    expect(listed).toEqual([
      {
        version: 1,
        submittedAt: expect.any(String),
        submittedBy: officers[0].user.id,
        submittedByEmail: null,
        reportText: 'Sở đã tổ chức 12 hội nghị phổ biến pháp luật cho 1.200 lượt người.',
        attachments: [
          {
            filename: 'Báo cáo.pdf',
            mediaType: 'application/pdf',
            size: PDF.length,
            sha256: SHA256,
            url: `/api/assignments/${id}/attachments/${SHA256}`,
          },
        ],
        review: { outcome: 'returned', comment: 'Đề nghị bổ sung số liệu quý IV', reviewedAt: expect.any(String) },
      },
      {
        version: 2,
        submittedAt: expect.any(String),
        submittedBy: null,
        submittedByEmail: agencies[0].focalEmails[0],
        reportText: 'Bổ sung số liệu quý IV: 3 hội nghị, 320 lượt người.',
        attachments: [],
        review: null,
      },
    ]);
    const [first, second] = listed;
    expect(Date.parse(first.submittedAt)).toBeLessThanOrEqual(Date.parse(first.review!.reviewedAt));
    expect(Date.parse(first.review!.reviewedAt)).toBeLessThanOrEqual(Date.parse(second.submittedAt));

    // The same versions to the agency's officer, its personal link and a viewer; the link downloads the file.
    expect((await submissionsOf(id).set(officers[0].auth).expect(200)).body).toEqual(listed);
    expect((await submissionsOf(id).set('cookie', link.cookies).expect(200)).body).toEqual(listed);
    expect((await submissionsOf(id).set(viewer.auth).expect(200)).body).toEqual(listed);
    const download = await request(http)
      .get(first.attachments[0].url)
      .set('cookie', link.cookies)
      .buffer(true)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
  });

  it('lists nothing for an assignment without a report', async () => {
    expect((await submissionsOf(assignmentOf[agencies[1].id]).set(coordinator.auth).expect(200)).body).toEqual([]);
  });

  it('answers 404 for another agency’s assignment, to its officer and its personal link, and for none at all', async () => {
    const [own, other, none] = [assignmentOf[agencies[0].id], assignmentOf[agencies[1].id], randomUUID()];
    const link = await linkSession(agencies[0]);
    const hidden: Array<[string, Test]> = [
      [own, submissionsOf(own).set(officers[1].auth)],
      [other, submissionsOf(other).set(officers[0].auth)],
      [other, submissionsOf(other).set('cookie', link.cookies)],
      [none, submissionsOf(none).set(coordinator.auth)],
    ];
    for (const [id, call] of hidden) {
      expect(problemOf(await call.expect(404)).detail).toBe(`assignment ${id} not found`);
    }
  });

  it('shows the lead agency the inputs its coordinating agencies sent, with their files, and nobody else', async () => {
    const lead = assignmentOf[agencies[0].id];
    const coordinating = assignmentOf[agencies[1].id];
    await request(http)
      .post(`/api/assignments/${coordinating}/submissions`)
      .set(officers[1].auth)
      .send({
        reportText: 'Sở Nội vụ đã lồng ghép phổ biến pháp luật trong 4 lớp bồi dưỡng.',
        attachments: [{ filename: 'Ý kiến.pdf', mediaType: 'application/pdf', contentBase64: PDF.toString('base64') }],
      })
      .expect(201);

    type Inputs = {
      inputs: Array<{
        assignmentId: string;
        agency: { id: string; name: string };
        status: string;
        due: string | null;
        latest: { version: number; reportText: string | null; attachments: Array<{ url: string }> } | null;
      }>;
    };
    const seenByLead = rowOf<Inputs>(
      await request(http).get(`/api/assignments/${lead}/report-view`).set(officers[0].auth).expect(200),
    );
    const url = `/api/assignments/${lead}/inputs/${coordinating}/attachments/${SHA256}`;
    expect(seenByLead.inputs).toEqual([
      {
        assignmentId: coordinating,
        agency: { id: agencies[1].id, name: 'Sở Nội vụ tỉnh Lai Châu' },
        status: 'submitted',
        due: expect.any(String),
        latest: {
          version: 1,
          submittedAt: expect.any(String),
          reportText: 'Sở Nội vụ đã lồng ghép phổ biến pháp luật trong 4 lớp bồi dưỡng.',
          attachments: [expect.objectContaining({ filename: 'Ý kiến.pdf', url })],
        },
      },
    ]);
    const file = await request(http)
      .get(url)
      .set(officers[0].auth)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((file.body as Buffer).equals(PDF)).toBe(true);

    // The coordinating agency's own page lists no inputs; it cannot read through the lead's route either.
    const seenByCoordinating = rowOf<Inputs>(
      await request(http).get(`/api/assignments/${coordinating}/report-view`).set(officers[1].auth).expect(200),
    );
    expect(seenByCoordinating.inputs).toEqual([]);
    await request(http).get(url).set(officers[1].auth).expect(404);
    await request(http)
      .get(`/api/assignments/${coordinating}/inputs/${lead}/attachments/${SHA256}`)
      .set(coordinator.auth)
      .expect(404);
  });
  it('answers 503 to try again, not 409, for an open assignment whose workflow its plan has not started yet', async () => {
    // The period is open, its row naming its workflow; the plan starts that workflow next (a worker was down).
    const id = randomUUID();
    await app.get(AssignmentRepository).upsertMany([
      {
        id,
        workflowId: workflowIds.assignment(id),
        planId: plan.id,
        taskId: task.id,
        agencyId: agencies[0].id,
        period: 'next',
        role: 'lead',
        dueDate: daysFromToday(40),
      },
    ]);
    const submitted = await request(http)
      .post(`/api/assignments/${id}/submissions`)
      .set(officers[0].auth)
      .send({ reportText: 'Báo cáo kết quả' })
      .expect(503);
    expect(problemOf(submitted)).toMatchObject({ code: 'WorkflowNotStarted' });
    expect(submitted.headers['retry-after']).toBeDefined();
    const extended = await request(http)
      .post(`/api/assignments/${id}/extend`)
      .set(coordinator.auth)
      .send({ newDue: daysFromToday(50), reason: 'Chờ kết quả khảo sát' })
      .expect(503);
    expect(problemOf(extended)).toMatchObject({ code: 'WorkflowNotStarted' });
  });
});

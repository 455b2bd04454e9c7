import { type INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type AppConfig } from '@dondoc/config';
import { type AgencyEntity, PersonalLinkRepository } from '@dondoc/persistence';
import { hashLinkToken } from '@dondoc/auth';
import { problemOf, rowOf } from '../support/bodies';
import { mailsTo } from '../support/mail-sink-client';
import {
  activateAndAwaitAssignments,
  daysFromToday,
  eventually,
  onceDue,
  seedPlanWithTask,
  sentNotification,
} from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, stackConfig, runWorker, startApi } from '../support/stack-apps';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EXECUTABLE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff');
const tokenIn = (text: string, prefix: 'r' | 'i'): string =>
  new RegExp(`/${prefix}/([A-Za-z0-9_-]{43})`).exec(text)![1];

interface ReportView {
  assignment: { id: string; status: string; canSubmit: boolean; role: string };
  task: { code: string };
  history: Array<{ kind: string; attachments?: Array<{ filename: string; url: string }> }>;
}

describe('personal links: every email to an agency opens its one assignment, and nothing else', () => {
  let config: AppConfig;
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let attachmentsDir: string;
  let coordinator: LoggedIn;
  let agencies: AgencyEntity[];
  let assignmentIds: Record<string, string>;
  let token: string;

  beforeAll(async () => {
    attachmentsDir = mkdtempSync(join(tmpdir(), 'dondoc-links-'));
    config = stackConfig({ ATTACHMENTS_DIR: attachmentsDir });
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
    agencies = [await seedAgency(app), await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' })];
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(daysFromToday(20)));
    assignmentIds = await activateAndAwaitAssignments(app, http, coordinator.auth, plan.id, 2);
    const [given] = await mailsTo(agencies[0].focalEmails[0]);
    expect(given.subject).toMatch(/^\[dondoc\] Giao nhiệm vụ: Kế hoạch số .*, nhiệm vụ II\.1$/);
    expect(given.text).toContain('cơ quan chủ trì');
    token = tokenIn(given.text, 'r');
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
    rmSync(attachmentsDir, { recursive: true, force: true });
  });

  /** Opens the link as a browser would and returns the cookies it set and the CSRF token of that session. */
  async function openLink(linkToken: string) {
    const opened = await request(http).get(`/r/${linkToken}`).set('accept', 'text/html').expect(303);
    expect(opened.headers.location).toBe(`/bao-cao/${assignmentIds[agencies[0].id]}`);
    const setCookies = opened.headers['set-cookie'] as unknown as string[];
    expect(setCookies.join(';')).toMatch(/dondoc_link=.*HttpOnly.*SameSite=Lax/i);
    const cookies = setCookies.map((cookie) => cookie.split(';')[0]).join('; ');
    const session = await request(http).get('/api/session').set('cookie', cookies).expect(200);
    const body = rowOf<{ kind: string; assignmentId: string; agencyId: string; csrfToken: string; email: string }>(
      session,
    );
    expect(body).toMatchObject({ kind: 'link', assignmentId: assignmentIds[agencies[0].id], agencyId: agencies[0].id });
    expect(body.email).toBe(agencies[0].focalEmails[0]);
    return { cookies, csrf: body.csrfToken };
  }

  it('keeps only the token’s hash, and blanks the token from the outbox once the mail is sent', async () => {
    const link = await app.get(PersonalLinkRepository).getByTokenHash(hashLinkToken(token));
    expect(link).toMatchObject({
      purpose: 'assignment',
      agencyId: agencies[0].id,
      recipient: agencies[0].focalEmails[0],
    });
    const key = `assignment:${assignmentIds[agencies[0].id]}:v1:assigned:to:${agencies[0].focalEmails[0]}`;
    const stored = await sentNotification(app, key);
    expect(stored?.textBody).not.toContain(token);
    expect(stored?.textBody).toContain('/r/[đã ẩn]');
  });

  it('signs the visitor in for that assignment: its report page, and a 404 for the other agency’s', async () => {
    const { cookies } = await openLink(token);
    const view = rowOf<ReportView>(
      await request(http)
        .get(`/api/assignments/${assignmentIds[agencies[0].id]}/report-view`)
        .set('cookie', cookies)
        .expect(200),
    );
    expect(view).toMatchObject({
      assignment: { role: 'lead', canSubmit: true, status: 'pending' },
      task: { code: 'II.1' },
    });
    await request(http)
      .get(`/api/assignments/${assignmentIds[agencies[1].id]}/report-view`)
      .set('cookie', cookies)
      .expect(404);
    expect((await request(http).get('/api/assignments').set('cookie', cookies)).status).toBe(403);
    expect((await request(http).get('/api/plans').set('cookie', cookies)).status).toBe(403);
  });

  it('answers a tampered or unknown link with a Vietnamese page and a 404, and never signs anyone in', async () => {
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [tampered, 'not-a-token']) {
      const response = await request(http).get(`/r/${bad}`).set('accept', 'text/html').expect(404);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.text).toContain('<meta name="dondoc-link-problem" content="invalid">');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a state change from the link session without its CSRF token', async () => {
    const { cookies } = await openLink(token);
    const refused = await request(http)
      .post(`/api/assignments/${assignmentIds[agencies[0].id]}/submissions`)
      .set('cookie', cookies)
      .field('reportText', 'Không có mã chống giả mạo')
      .expect(403);
    expect(problemOf(refused).errors).toEqual([{ field: 'x-csrf-token', message: 'missing or wrong' }]);
  });

  it('refuses a renamed executable by its bytes and stores nothing of the refused report', async () => {
    const { cookies, csrf } = await openLink(token);
    const before = readdirSync(attachmentsDir).length;
    const refused = await request(http)
      .post(`/api/assignments/${assignmentIds[agencies[0].id]}/submissions`)
      .set('cookie', cookies)
      .set('x-csrf-token', csrf)
      .field('reportText', 'Báo cáo kèm tệp lạ')
      .attach('attachments', PDF, 'Báo cáo.pdf')
      .attach('attachments', EXECUTABLE, 'Kết quả.pdf')
      .expect(400);
    expect(problemOf(refused).errors?.[0].field).toBe('attachments[1]');
    expect(readdirSync(attachmentsDir)).toHaveLength(before);
  });

  it('takes a multipart report with files through the link, sends a receipt, and serves the files as downloads', async () => {
    const { cookies, csrf } = await openLink(token);
    const id = assignmentIds[agencies[0].id];
    await request(http)
      .post(`/api/assignments/${id}/submissions`)
      .set('cookie', cookies)
      .set('x-csrf-token', csrf)
      .field('reportText', 'Đã tổ chức 12 hội nghị phổ biến pháp luật cho 1.200 lượt người.')
      .attach('attachments', PDF, 'Báo cáo kết quả.pdf')
      .expect(201);
    const [receipt] = await mailsTo(agencies[0].focalEmails[0], { atLeast: 2 }).then((mails) =>
      mails.filter((mail) => mail.subject.startsWith('[dondoc] Đã nhận báo cáo')),
    );
    expect(receipt.text).toContain('Báo cáo kết quả.pdf');
    const view = rowOf<ReportView>(await request(http).get(`/api/assignments/${id}/report-view`).set(coordinator.auth));
    expect(view.assignment).toMatchObject({ status: 'submitted', canSubmit: false });
    const [file] = view.history.find((entry) => entry.kind === 'submission')!.attachments!;
    const download = await request(http).get(file.url).set('cookie', cookies).buffer(true).expect(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    const other = await loginAs(app, http, 'agency_officer', { agencyId: agencies[1].id });
    await request(http).get(file.url).set(other.auth).expect(404);

    // A report the workflow refuses (one already awaits review) leaves none of its files behind.
    const unseen = Buffer.concat([PDF, Buffer.from(`% ${Date.now()}\n`)]);
    const refused = await request(http)
      .post(`/api/assignments/${id}/submissions`)
      .set('cookie', cookies)
      .set('x-csrf-token', csrf)
      .field('reportText', 'Gửi lại khi báo cáo trước còn chờ xem xét')
      .attach('attachments', unseen, 'Bổ sung.pdf')
      .expect(409);
    expect(problemOf(refused).code).toBe('AwaitingReview');
    expect(readdirSync(attachmentsDir)).not.toContain(createHash('sha256').update(unseen).digest('hex'));
  });

  it('answers a fresh-link request the same whatever the address, and mails only the directory’s', async () => {
    const unknown = await request(http)
      .post('/api/personal-links/renewals')
      .send({ email: 'nobody@dondoc.invalid' })
      .expect(202);
    const known = await request(http)
      .post('/api/personal-links/renewals')
      .send({ email: agencies[1].focalEmails[0] })
      .expect(202);
    expect(rowOf(known)).toEqual(rowOf(unknown));
    const fresh = await eventually(
      () => mailsTo(agencies[1].focalEmails[0]),
      (mails) => mails.some((mail) => mail.subject === '[dondoc] Liên kết mới để gửi báo cáo'),
      { what: 'the fresh link' },
    );
    const freshToken = tokenIn(fresh.find((mail) => mail.subject.includes('Liên kết mới'))!.text, 'r');
    const opened = await request(http).get(`/r/${freshToken}`).set('accept', 'text/html').expect(303);
    expect(opened.headers.location).toBe(`/bao-cao/${assignmentIds[agencies[1].id]}`);
    expect(await mailsTo('nobody@dondoc.invalid', { timeoutMs: 1000 })).toEqual([]);
  });
});

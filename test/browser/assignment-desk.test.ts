import { type Page } from 'playwright-core';
import request from 'supertest';
import {
  type BrowserStack,
  WAIT,
  artifactPath,
  checkAccessibility,
  expectNoHorizontalOverflow,
  holdRequests,
  keepScreenshots,
  startBrowserStack,
  withPage,
} from '../support/browser';
import { REPORT_PDF, assignTaskToNewAgency, expectStatus, shownDate } from '../support/browser-journeys';
import { daysFromToday, eventually } from '../support/orchestration';
import { type LoggedIn, loginAs, seedUser } from '../support/registry';
import { acceptReport, pickDate, reportShown, returnReport } from '../support/console-journeys';
import { logIn } from '../support/console-login';

const FIRST_REPORT = 'Sở đã tổ chức 8 hội nghị phổ biến pháp luật cho 950 lượt cán bộ, công chức.';
const SECOND_REPORT = 'Bổ sung: 12 hội nghị, 1.350 lượt người; kèm danh sách đơn vị tham dự.';
const COMMENT = 'Đề nghị bổ sung số liệu theo từng huyện và danh sách đơn vị tham dự.';
const BULK_REASON = 'Gia hạn chung theo Công văn số 45/STP-PBGDPL';
const TEMPORAL_UNAVAILABLE = 'Hệ thống điều phối chưa phản hồi kịp. Vui lòng bấm gửi lại sau ít giây';

/** The first review answers as the API does with Temporal out of reach; later ones reach it. Collects their keys. */
async function failFirstReviewWith503(page: Page): Promise<string[]> {
  const keys: string[] = [];
  await page.route('**/api/assignments/*/review', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    if (keys.length > 1) return route.continue();
    return route.fulfill({
      status: 503,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '5' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'Temporal did not answer about the assignment in time; try again in a few seconds',
        code: 'TemporalUnavailable',
      }),
    });
  });
  return keys;
}

describe('the assignment desk: a coordinator reads, returns and accepts an agency’s report', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await startBrowserStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const submit = async (officer: LoggedIn, assignmentId: string, reportText: string) =>
    expectStatus(
      await request(stack.http)
        .post(`/api/assignments/${assignmentId}/submissions`)
        .set(officer.auth)
        .send({
          reportText,
          attachments: [
            {
              filename: REPORT_PDF.name,
              mediaType: REPORT_PDF.mimeType,
              contentBase64: REPORT_PDF.buffer.toString('base64'),
            },
          ],
        }),
      201,
      `POST /api/assignments/${assignmentId}/submissions`,
    );

  it('returns a report with a comment and a new deadline, accepts the resubmission, extends the rest; a viewer only reads', async () => {
    const api = await loginAs(stack.app, stack.http, 'coordinator');
    const work = await assignTaskToNewAgency(stack, api, { coordinating: 1 });
    const officer = await loginAs(stack.app, stack.http, 'agency_officer', { agencyId: work.agency.id });
    await submit(officer, work.assignmentId, FIRST_REPORT);
    const coordinator = await seedUser(stack.app, 'coordinator');
    const path = `/nhiem-vu/${work.assignmentId}`;
    const newDue = daysFromToday(15);

    await withPage(stack.browser, 'read and return the report', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email, path);
      await page.getByRole('heading', { level: 1, name: work.task.title }).waitFor();
      await page.getByRole('link', { name: work.agency.name }).waitFor();
      await reportShown(page, 1, FIRST_REPORT, REPORT_PDF);
      await page.getByText('Người thực hiện: Hệ thống').first().waitFor();
      await checkAccessibility(page, 'assignment-desk');
      console.info(`assignment desk screenshots: ${(await keepScreenshots(page, 'assignment-desk')).join(', ')}`);

      await page.setViewportSize({ width: 375, height: 812 });
      await expectNoHorizontalOverflow(page);
      await page.setViewportSize({ width: 1366, height: 768 });
      await returnReport(page, { comment: COMMENT, newDue, by: coordinator.email });
    });

    await submit(officer, work.assignmentId, SECOND_REPORT);

    await withPage(stack.browser, 'accept the resubmission and extend the open ones', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email, path);
      await page.getByRole('article', { name: 'Báo cáo lần 2' }).getByText(SECOND_REPORT).waitFor();
      // Temporal answers the first try with 503 (as the API does when it is out of reach); the retry goes through,
      // under the same key, so the server can record the decision once.
      const keys = await failFirstReviewWith503(page);
      await page.setViewportSize({ width: 375, height: 812 });
      await acceptReport(page, {
        by: coordinator.email,
        beforeDone: async (dialog) => {
          await dialog.getByRole('alert').getByText(TEMPORAL_UNAVAILABLE).waitFor();
          await expectNoHorizontalOverflow(page);
          await page.screenshot({ path: artifactPath('assignment-desk-503-375x812.png') });
          await dialog.getByRole('button', { name: 'Xác nhận tiếp nhận báo cáo' }).click();
        },
      });
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
      await page.setViewportSize({ width: 1366, height: 768 });

      // The coordinating agency's assignment is still open: the bulk extension counts it, then moves it.
      await page.getByRole('button', { name: 'Gia hạn tất cả nhiệm vụ đang mở của nhiệm vụ này' }).click();
      const bulk = page.getByRole('dialog', { name: /^Gia hạn các nhiệm vụ đang mở/ });
      const bulkDue = daysFromToday(45);
      await pickDate(page, bulk.getByLabel('Hạn mới cho tất cả'), bulkDue);
      await bulk.getByLabel('Lý do gia hạn').fill(BULK_REASON);
      await bulk.getByRole('button', { name: 'Xem số nhiệm vụ sẽ gia hạn' }).click();
      await bulk.getByText('Sẽ gia hạn 1 nhiệm vụ đang mở của nhiệm vụ này.').waitFor();
      await bulk.getByRole('cell', { name: work.coordinating[0].agency.name }).waitFor();
      await checkAccessibility(page, 'assignment-desk-bulk-extend');
      await page.screenshot({ path: artifactPath('assignment-desk-bulk-extend-1366x768.png') });
      // The real request, held until the progress it shows has been read.
      const extension = await holdRequests(page, '**/extend-open');
      await bulk.getByRole('button', { name: 'Gia hạn 1 nhiệm vụ' }).click();
      await bulk.getByText(`Đang gia hạn 1 nhiệm vụ đến ngày ${shownDate(bulkDue)}…`).waitFor();
      extension.release();
      await bulk.getByText(`Đã gia hạn 1/1 nhiệm vụ đến ngày ${shownDate(bulkDue)}.`).waitFor({ timeout: WAIT });
      expect(extension.held.map((sent) => sent.headers()['idempotency-key'])).toEqual([
        expect.stringMatching(/^[0-9a-f]{32}$/),
      ]);
      await eventually(
        async () =>
          (await request(stack.http).get(`/api/assignments/${work.coordinating[0].assignmentId}`).set(api.auth))
            .body as { dueDate: string },
        (row) => row.dueDate === bulkDue,
        { what: 'the coordinating assignment extended' },
      );
    });

    const viewer = await seedUser(stack.app, 'viewer');
    await withPage(stack.browser, 'a viewer reads and cannot act', async (page) => {
      await logIn(page, stack.baseUrl, viewer.email, path);
      await page.getByRole('article', { name: 'Báo cáo lần 2' }).waitFor();
      await page.locator('.timeline-entry', { hasText: 'Trả lại báo cáo' }).getByText(COMMENT).waitFor();
      for (const name of [
        'Tiếp nhận báo cáo',
        'Trả lại báo cáo',
        'Gia hạn',
        'Miễn thực hiện',
        'Giao cho cơ quan khác',
        'Gia hạn tất cả nhiệm vụ đang mở của nhiệm vụ này',
        'Chuyển toàn bộ nhiệm vụ đang mở của cơ quan sang…',
      ]) {
        expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
      }
      expect(await page.getByRole('heading', { name: 'Xử lý nhiệm vụ' }).count()).toBe(0);
      await checkAccessibility(page, 'assignment-desk-viewer');
    });
  });
});

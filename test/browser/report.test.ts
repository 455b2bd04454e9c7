import {
  type BrowserStack,
  type Visitor,
  checkAccessibility,
  keepScreenshots,
  openVisitor,
  startBrowserStack,
} from '../support/browser';
import {
  CONFERENCE_PNG,
  RECEIPT,
  REPORT_PDF,
  RETURNED,
  assignTaskToNewAgency,
  openPersonalLink,
  reportPageShown,
  reportView,
  review,
  sendReport,
  shownDate,
} from '../support/browser-journeys';
import { linkFrom, mailWithSubject } from '../support/browser-mail';
import { daysFromToday } from '../support/orchestration';
import { type LoggedIn, loginAs } from '../support/registry';

describe('an agency reports from the link in its email, is returned, reports again and is accepted', () => {
  let stack: BrowserStack;
  let coordinator: LoggedIn;
  let visitor: Visitor | undefined;

  beforeAll(async () => {
    stack = await startBrowserStack();
    coordinator = await loginAs(stack.app, stack.http, 'coordinator');
  });

  afterAll(async () => {
    await visitor?.close();
    await stack?.stop();
  });

  it('walks the report from the first link to a read-only accepted page', async () => {
    const work = await assignTaskToNewAgency(stack, coordinator);
    const reportPath = `/bao-cao/${work.assignmentId}`;
    expect(work.link.startsWith(`${stack.baseUrl}/r/`)).toBe(true);
    visitor = await openVisitor(stack.browser);

    await visitor.step('open the link from the assignment mail', async (page) => {
      expect(await openPersonalLink(page, work.link, reportPath)).toBe(303);
      await reportPageShown(page, work);
      await page.getByText(`Nhiệm vụ ${work.task.code}`).first().waitFor();
      await page.getByText('Cơ quan chủ trì', { exact: true }).waitFor();
      await page.getByText(`Hạn báo cáo: ${shownDate(work.due)}`).waitFor();
      await page.getByText('Chưa gửi báo cáo', { exact: true }).waitFor();
      // With a mouse, a file may be dropped on the field.
      await page.getByText('Kéo thả tệp vào đây, hoặc bấm để chọn tệp', { exact: true }).waitFor();
      expect(await page.getByText('Chạm để chọn tệp hoặc chụp ảnh').isVisible()).toBe(false);
    });

    await visitor.step('accessibility and screenshots of the report page', async (page) => {
      await checkAccessibility(page, 'report-page');
      console.info(`report page screenshots: ${(await keepScreenshots(page, 'report-page')).join(', ')}`);
    });

    await visitor.step('send the first report with two files', async (page) => {
      await sendReport(page, 'Sở đã tổ chức 12 hội nghị phổ biến pháp luật cho 1.200 lượt người.', [
        REPORT_PDF,
        CONFERENCE_PNG,
      ]);
      await page.getByText('Đã gửi, chờ xem xét', { exact: true }).first().waitFor();
    });

    const receipt = await mailWithSubject(work.email, RECEIPT);
    expect(receipt.text).toContain(REPORT_PDF.name);
    expect(receipt.text).toContain(CONFERENCE_PNG.name);

    const newDue = daysFromToday(20);
    await review(stack, coordinator, work.assignmentId, { outcome: 'returned', comment: 'Bổ sung số liệu', newDue });
    const returned = await mailWithSubject(work.email, RETURNED);

    await visitor.step('open the link from the return mail', async (page) => {
      await openPersonalLink(page, linkFrom(returned), reportPath);
      await page.getByText('Bổ sung số liệu').first().waitFor();
      await page.getByText('Bị trả lại', { exact: true }).first().waitFor();
      await page
        .getByText(`Hạn gửi lại: ${shownDate(newDue)}`)
        .first()
        .waitFor();
      await page.getByLabel('Nội dung báo cáo kết quả').waitFor();
    });

    await visitor.step('send the report again', async (page) => {
      await sendReport(page, 'Bổ sung: 12 hội nghị, 1.200 lượt người, kinh phí 45 triệu đồng.', [REPORT_PDF]);
      await page.getByText('Đã gửi, chờ xem xét', { exact: true }).first().waitFor();
    });
    await mailWithSubject(work.email, RECEIPT, { count: 2 });

    await review(stack, coordinator, work.assignmentId, { outcome: 'accepted', comment: 'Đạt yêu cầu' });

    await visitor.step('the accepted report reads only', async (page) => {
      await page.reload();
      await page.getByText('Đã tiếp nhận', { exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Gửi báo cáo', exact: true }).count()).toBe(0);
      expect(await page.getByLabel('Nội dung báo cáo kết quả').count()).toBe(0);
    });

    const view = await reportView(stack, coordinator, work.assignmentId);
    expect(view.assignment).toMatchObject({ status: 'accepted', canSubmit: false });
    const submissions = view.history.flatMap((entry) => (entry.kind === 'submission' ? [entry] : []));
    expect(submissions.map((s) => ({ version: s.version, files: s.attachments.map((a) => a.filename) }))).toEqual([
      { version: 1, files: [REPORT_PDF.name, CONFERENCE_PNG.name] },
      { version: 2, files: [REPORT_PDF.name] },
    ]);
  });
});

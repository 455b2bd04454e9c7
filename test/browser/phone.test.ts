import {
  type BrowserStack,
  PHONE,
  artifactPath,
  expectNoHorizontalOverflow,
  openVisitor,
  startBrowserStack,
} from '../support/browser';
import {
  REPORT_PDF,
  assignTaskToNewAgency,
  openPersonalLink,
  reportPageShown,
  sendReport,
} from '../support/browser-journeys';
import { type LoggedIn, loginAs } from '../support/registry';

describe('the report page on a phone', () => {
  let stack: BrowserStack;
  let coordinator: LoggedIn;

  beforeAll(async () => {
    stack = await startBrowserStack();
    coordinator = await loginAs(stack.app, stack.http, 'coordinator');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('fits 375 px without sideways scrolling, and sends a report by touch', async () => {
    const work = await assignTaskToNewAgency(stack, coordinator);
    const visitor = await openVisitor(stack.browser, PHONE);
    try {
      await visitor.step('phone: open the link', async (page) => {
        await openPersonalLink(page, work.link, `/bao-cao/${work.assignmentId}`);
        await reportPageShown(page, work);
        await page.getByRole('button', { name: 'Gửi báo cáo', exact: true }).waitFor();
        await expectNoHorizontalOverflow(page);
        await page.screenshot({ path: artifactPath('phone-report-page-375x812.png'), fullPage: true });
      });
      await visitor.step('phone: send a report', async (page) => {
        await sendReport(page, 'Đã tổ chức 3 buổi tuyên truyền tại các xã vùng cao.', [REPORT_PDF], { tap: true });
        await page.getByText('Đã gửi, chờ xem xét', { exact: true }).first().waitFor();
        await expectNoHorizontalOverflow(page);
        await page.screenshot({ path: artifactPath('phone-report-sent-375x812.png'), fullPage: true });
      });
    } finally {
      await visitor.close();
    }
  });
});

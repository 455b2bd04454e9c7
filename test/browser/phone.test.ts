import { randomUUID } from 'node:crypto';
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
import { logIn } from '../support/console-login';
import { type LoggedIn, loginAs, seedAgency, seedUser } from '../support/registry';

describe('dondoc on a phone', () => {
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
        // Nothing is dragged on a touch screen: the field says to tap, and that a photo will do.
        await page.getByText('Chạm để chọn tệp hoặc chụp ảnh', { exact: true }).waitFor();
        expect(await page.getByText('Kéo thả tệp vào đây, hoặc bấm để chọn tệp').isVisible()).toBe(false);
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

  it('shows an agency’s whole name among the search results, however long', async () => {
    const work = await assignTaskToNewAgency(stack, coordinator);
    const successor = await seedAgency(stack.app, {
      name: `Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu ${randomUUID().slice(0, 6)}`,
    });
    const user = await seedUser(stack.app, 'coordinator');
    const visitor = await openVisitor(stack.browser, PHONE);
    try {
      await visitor.step('phone: find the successor of a merged agency', async (page) => {
        await logIn(page, stack.baseUrl, user.email, `/nhiem-vu/${work.assignmentId}`);
        // A slow phone: the dialog takes seconds to open, and the results come while it still grows.
        const devtools = await page.context().newCDPSession(page);
        await devtools.send('Animation.enable');
        await devtools.send('Animation.setPlaybackRate', { playbackRate: 0.1 });
        await page.getByRole('button', { name: 'Chuyển toàn bộ nhiệm vụ đang mở của cơ quan sang…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Chuyển nhiệm vụ khi sáp nhập cơ quan' });
        const field = dialog.getByRole('combobox', { name: 'Cơ quan tiếp nhận' });
        await field.fill(successor.name);
        const option = page.locator('.ant-select-item-option-content', { hasText: successor.name });
        await option.waitFor();
        type Content = { textContent: string | null; scrollWidth: number; clientWidth: number };
        const shown = await option.evaluate((content: Content) => ({
          text: content.textContent,
          cut: content.scrollWidth > content.clientWidth,
        }));
        expect(shown).toEqual({ text: successor.name, cut: false });
        await expectNoHorizontalOverflow(page);
        // The results sit under the field, as wide as it, once the dialog has opened.
        await page.locator('.ant-modal.ant-zoom-appear').waitFor({ state: 'detached' });
        const select = await dialog.locator('.ant-select').boundingBox();
        const results = await page.locator('.ant-select-dropdown').boundingBox();
        expect({ left: Math.round(results?.x ?? 0), width: Math.round(results?.width ?? 0) }).toEqual({
          left: Math.round(select?.x ?? -1),
          width: Math.round(select?.width ?? -1),
        });
        await page.screenshot({ path: artifactPath('phone-agency-search-375x812.png') });
      });
    } finally {
      await visitor.close();
    }
  });
});

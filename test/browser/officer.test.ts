import {
  type BrowserStack,
  checkAccessibility,
  keepScreenshots,
  startBrowserStack,
  withPage,
} from '../support/browser';
import { assignTaskToNewAgency, reportPageShown } from '../support/browser-journeys';
import { TEST_PASSWORD, loginAs, seedUser } from '../support/registry';

describe('an agency officer with an account', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await startBrowserStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('logs in, finds the assignment by its task and plan, and opens its report page', async () => {
    const work = await assignTaskToNewAgency(stack, await loginAs(stack.app, stack.http, 'coordinator'));
    const officer = await seedUser(stack.app, 'agency_officer', { agencyId: work.agency.id });

    await withPage(stack.browser, 'log in and open the assignment', async (page) => {
      await page.goto(`${stack.baseUrl}/dang-nhap`);
      await page.getByLabel('Thư điện tử').fill(officer.email);
      await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();

      const list = page.getByRole('list', { name: 'Nhiệm vụ của cơ quan' });
      const link = list.getByRole('link', { name: `Nhiệm vụ ${work.task.code}: ${work.task.title}` });
      await link.waitFor();
      await list.getByText(/^Kế hoạch số .+: Kế hoạch phổ biến, giáo dục pháp luật năm 2026$/).waitFor();
      await checkAccessibility(page, 'assignment-list');
      console.info(`assignment list screenshots: ${(await keepScreenshots(page, 'assignment-list')).join(', ')}`);

      await link.click();
      await page.waitForURL(`${stack.baseUrl}/bao-cao/${work.assignmentId}`);
      await reportPageShown(page, work);
    });
  });
});

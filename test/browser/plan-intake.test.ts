import request from 'supertest';
import { addDays, localDateOf } from '@dondoc/domain';
import {
  type BrowserStack,
  DESKTOP,
  artifactPath,
  PHONE,
  checkAccessibility,
  expectNoHorizontalOverflow,
  keepScreenshots,
  openVisitor,
  startBrowserStack,
} from '../support/browser';
import { shownDate } from '../support/browser-journeys';
import { loginAs, seedUser } from '../support/registry';
import { logIn } from '../support/console-login';
import { laiChauDirectory, ownProvince, seed } from '../support/seed-plans';

const MISSPELT = 'Sở Tài chánh';

describe('a coordinator takes a plan document to a running plan in the browser', () => {
  let stack: BrowserStack;
  let province: string;

  beforeAll(async () => {
    stack = await startBrowserStack();
    province = ownProvince();
    const admin = await loginAs(stack.app, stack.http, 'coordinator');
    await request(stack.http).post('/api/agencies/import').set(admin.auth).send(laiChauDirectory(province)).expect(200);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('imports seed 003, settles a misspelt agency from its suggestions, previews, activates and sees assignments open', async () => {
    const coordinator = await seedUser(stack.app, 'coordinator');
    const { name, bytes } = seed('003');
    // One name misspelt as a typist might: the draft must show it unresolved, with the right agency suggested.
    const text = bytes.toString('utf8').replace('Công nghệ, Sở Tài chính và', `Công nghệ, ${MISSPELT} và`);
    const visitor = await openVisitor(stack.browser, DESKTOP);
    const { page } = visitor;
    try {
      await visitor.step('import the document', async () => {
        await logIn(page, stack.baseUrl, coordinator.email);
        await page.goto(`${stack.baseUrl}/ke-hoach/nhap`);
        await page.getByRole('heading', { level: 1, name: 'Nhập kế hoạch từ văn bản' }).waitFor();
        await page
          .locator('input[type=file]')
          .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
        await page.getByLabel('Tỉnh').fill(province);
        await checkAccessibility(page, 'plan-import');
        await page.getByRole('button', { name: 'Tải lên và đọc kế hoạch' }).click();
        const result = page.getByRole('region', { name: 'Kết quả đọc văn bản' });
        await result.getByText('Tên cơ quan chưa nhận diện').waitFor({ timeout: 30_000 });
        await result.getByRole('button', { name: 'Rà soát dự thảo' }).click();
        await page.waitForURL(/\/ke-hoach\/[0-9a-f-]+\/du-thao$/);
      });

      await visitor.step('review the draft and settle the misspelt name', async () => {
        const unresolved = page.getByText(`chưa nhận diện được “${MISSPELT}”`);
        await unresolved.waitFor();
        await page.getByText('Tên cơ quan chưa nhận diện: 1').waitFor();
        // "Hằng năm" and its siblings became deadlines in dd/mm/yyyy.
        await page
          .getByText(/Hạn đầu tiên: \d{2}\/\d{2}\/\d{4}/)
          .first()
          .waitFor();
        await checkAccessibility(page, 'draft-review');
        console.info(`draft review screenshots: ${(await keepScreenshots(page, 'draft-review')).join(', ')}`);
        await page.screenshot({ path: artifactPath('draft-review-1366x768-top.png') });
        await page.setViewportSize(PHONE.viewport!);
        await expectNoHorizontalOverflow(page);
        await page.setViewportSize(DESKTOP.viewport!);

        const suggestions = page.getByRole('group', { name: `Gợi ý cho “${MISSPELT}”` });
        await suggestions.getByRole('button', { name: 'Chọn Sở Tài chính tỉnh Lai Châu' }).click();
        await unresolved.waitFor({ state: 'detached' });
        await page.getByText('Tên cơ quan chưa nhận diện: 0').or(page.getByText('Không còn điểm nào')).waitFor();
        await page.getByRole('article', { name: 'III.3.2' }).getByText('Sở Tài chính tỉnh Lai Châu').first().waitFor();
      });

      const expected = await visitor.step('preview the activation', async () => {
        await page.getByRole('link', { name: 'Xem trước khi kích hoạt' }).click();
        await page.getByRole('heading', { level: 1, name: 'Kích hoạt kế hoạch' }).waitFor();
        await page.getByRole('heading', { name: 'Xem trước' }).waitFor();
        if (await page.getByRole('heading', { name: 'Các kỳ báo cáo đã quá hạn' }).isVisible()) {
          // Activated late in its year: say why nothing would open, then open those periods with a new deadline.
          await page.getByRole('radio', { name: 'Bỏ qua, bắt đầu từ kỳ tiếp theo' }).check();
          await page.getByText('Bỏ qua, bắt đầu từ kỳ sau').first().waitFor();
          await page.getByRole('radio', { name: 'Mở ngay các kỳ này với hạn mới' }).check();
          const due = shownDate(addDays(localDateOf(Date.now()), 14));
          await page.getByRole('textbox', { name: 'Hạn mới' }).fill(due);
          await page.getByRole('textbox', { name: 'Hạn mới' }).press('Enter');
          await page.getByText(`hạn mới ${due}`).first().waitFor();
        }
        const summary = page.getByText(/^Kích hoạt sẽ giao ngay \d+ nhiệm vụ/);
        await summary.waitFor();
        await checkAccessibility(page, 'activation-preview');
        console.info(
          `activation preview screenshots: ${(await keepScreenshots(page, 'activation-preview')).join(', ')}`,
        );
        await page.screenshot({ path: artifactPath('activation-preview-1366x768-top.png') });
        return Number(/giao ngay (\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
      });

      await visitor.step('activate and watch the assignments open', async () => {
        await page.getByRole('button', { name: 'Kích hoạt', exact: true }).click();
        await page.locator('.ant-popconfirm').getByRole('button', { name: 'Kích hoạt' }).click();
        await page.getByRole('heading', { name: 'Đang kích hoạt' }).waitFor();
        await page.getByText(new RegExp(`Kế hoạch đã được kích hoạt: đã giao ${expected} nhiệm vụ`)).waitFor({
          timeout: 180_000,
        });
      });
    } finally {
      await visitor.close();
    }
  }, 400_000);
});

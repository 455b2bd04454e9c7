import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import {
  type BrowserStack,
  checkAccessibility,
  expectNoHorizontalOverflow,
  keepScreenshots,
  startBrowserStack,
  withPage,
} from '../support/browser';
import { seedAgency, seedUser, testProvince } from '../support/registry';
import { logIn } from '../support/console-login';

const CSV_HEADER = 'code,name,short_names,aliases,kind,parent_code,focal_emails,head_email,active';

async function onPhoneHasNoOverflow(page: Page): Promise<void> {
  const original = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  // The console puts its menu behind a button on a phone: measure once the layout has switched.
  await page.getByRole('button', { name: 'Mở danh mục' }).waitFor();
  await expectNoHorizontalOverflow(page);
  if (original) await page.setViewportSize(original);
}

const yearInHanoi = (): number =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));

describe('the console directory, calendar and users', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await startBrowserStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('lets a coordinator find an agency without diacritics, import a CSV with a rejected row, read the calendar and the users', async () => {
    const suffix = randomUUID().slice(0, 6);
    const province = testProvince();
    const agency = await seedAgency(stack.app, { name: `Sở Tư pháp thử ${suffix}`, province });
    const coordinator = await seedUser(stack.app, 'coordinator');
    const code = `T${suffix.toUpperCase()}`;
    const csv = [
      CSV_HEADER,
      `${code}-SCT,"Sở Công Thương ${suffix}",SCT,,provincial_department,,vanphong@sct.dondoc.invalid,,true`,
      `${code}-BAD,"Sở Không Rõ ${suffix}",,,khong-ro,,,,true`,
    ].join('\n');

    await withPage(stack.browser, 'coordinator in the directory', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email, '/co-quan');
      await page.getByRole('heading', { level: 1, name: 'Cơ quan, đơn vị' }).waitFor();

      await page.getByRole('searchbox', { name: 'Tìm cơ quan' }).fill(`so tu phap thu ${suffix}`);
      await page.getByRole('button', { name: 'Tìm' }).click();
      const row = page.getByRole('row').filter({ hasText: agency.code });
      await row.getByRole('link', { name: `Sở Tư pháp thử ${suffix}` }).waitFor();
      expect(await row.getByText(agency.focalEmails[0]).count()).toBe(1);
      await checkAccessibility(page, 'directory-agencies');
      console.info(`agencies screenshots: ${(await keepScreenshots(page, 'directory-agencies')).join(', ')}`);
      await onPhoneHasNoOverflow(page);

      await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nhập danh bạ cơ quan từ tệp' });
      await dialog.locator('input[type=file]').setInputFiles({
        name: 'danh-ba.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });
      await dialog.getByLabel('Tỉnh của danh bạ').fill(province);
      await dialog.getByRole('button', { name: 'Nhập tệp' }).click();
      await dialog.getByText(/Đã nhập: 1 mới, 0 cập nhật, 0 không đổi; 1 dòng bị từ chối\./).waitFor();
      const rejected = dialog.getByRole('row').filter({ hasText: `${code}-BAD` });
      await rejected.waitFor();
      expect(await rejected.getByRole('cell', { name: '3', exact: true }).count()).toBe(1);
      expect(await rejected.textContent()).toMatch(/kind/);
      await checkAccessibility(page, 'directory-import');
      await dialog.getByRole('button', { name: 'Đóng' }).last().click();

      await page.goto(`${stack.baseUrl}/lich`);
      await page.getByRole('heading', { level: 1, name: 'Lịch làm việc' }).waitFor();
      const year = yearInHanoi();
      const nationalDay = page
        .getByRole('list', { name: 'Các ngày nghỉ trong năm' })
        .getByRole('listitem')
        .filter({ hasText: `02/09/${year}` });
      expect(await nationalDay.textContent()).toMatch(/Quốc khánh/);
      await page.getByTitle(`02/09/${year}: Quốc khánh`, { exact: false }).first().waitFor();
      await page.getByRole('button', { name: `Lưu lịch năm ${year}` }).waitFor();
      await checkAccessibility(page, 'directory-calendar');
      console.info(`calendar screenshots: ${(await keepScreenshots(page, 'directory-calendar')).join(', ')}`);
      await onPhoneHasNoOverflow(page);

      await page.goto(`${stack.baseUrl}/nguoi-dung`);
      await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
      await page.getByRole('searchbox', { name: 'Tìm người dùng' }).fill(coordinator.email);
      await page.getByRole('button', { name: 'Tìm' }).click();
      await page.getByRole('row').filter({ hasText: coordinator.email }).getByText('Cán bộ điều phối').waitFor();
      await page.getByRole('button', { name: 'Thêm người dùng' }).waitFor();
      await checkAccessibility(page, 'directory-users');
      await onPhoneHasNoOverflow(page);
    });
  });

  it('shows a viewer the agencies without any control to add, edit or import', async () => {
    const suffix = randomUUID().slice(0, 6);
    const agency = await seedAgency(stack.app, { name: `Sở Tư pháp thử ${suffix}`, province: testProvince() });
    const viewer = await seedUser(stack.app, 'viewer');

    await withPage(stack.browser, 'viewer in the directory', async (page) => {
      await logIn(page, stack.baseUrl, viewer.email, '/co-quan');
      await page.getByRole('searchbox', { name: 'Tìm cơ quan' }).fill(`so tu phap thu ${suffix}`);
      await page.getByRole('button', { name: 'Tìm' }).click();
      await page.getByRole('link', { name: `Sở Tư pháp thử ${suffix}` }).waitFor();
      expect(await page.getByRole('button', { name: 'Thêm cơ quan' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Nhập từ tệp' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^(Sửa|Ngừng hoạt động)/ }).count()).toBe(0);
      expect(await page.getByRole('columnheader', { name: 'Thư điện tử đầu mối' }).count()).toBe(0);
      expect(await page.getByText(agency.focalEmails[0]).count()).toBe(0);
    });
  });

  it('lets an admin of one province add an account to its own province only, and list no other province’s', async () => {
    const [home, away] = [testProvince(), testProvince()];
    const admin = await seedUser(stack.app, 'admin', { province: home });
    const stranger = await seedUser(stack.app, 'viewer', { province: away });
    const email = `can-bo-${randomUUID().slice(0, 6)}@dondoc.invalid`;

    await withPage(stack.browser, 'province admin adds a user', async (page) => {
      await logIn(page, stack.baseUrl, admin.email, '/nguoi-dung');
      await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
      await page.getByRole('button', { name: 'Thêm người dùng' }).click();
      const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
      const province = dialog.getByLabel('Tỉnh, thành phố phụ trách');
      expect([await province.inputValue(), await province.isDisabled()]).toEqual([home, true]);
      await dialog.getByLabel('Thư điện tử').fill(email);
      await dialog.getByLabel('Họ và tên').fill('Lò Thị Thu');
      await checkAccessibility(page, 'directory-user-form');
      console.info(`user form screenshots: ${(await keepScreenshots(page, 'directory-user-form')).join(', ')}`);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('searchbox', { name: 'Tìm người dùng' }).fill(email);
      await page.getByRole('button', { name: 'Tìm' }).click();
      await page.getByRole('row').filter({ hasText: email }).getByText(home).waitFor();
      await page.getByRole('searchbox', { name: 'Tìm người dùng' }).fill(stranger.email);
      await page.getByRole('button', { name: 'Tìm' }).click();
      await page.getByText('Không có người dùng nào.').waitFor();
      expect(await page.getByRole('row').filter({ hasText: stranger.email }).count()).toBe(0);
    });
  });
});

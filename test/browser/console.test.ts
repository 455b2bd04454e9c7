import { type Page } from 'playwright-core';
import request from 'supertest';
import {
  type BrowserStack,
  PHONE,
  checkAccessibility,
  expectNoHorizontalOverflow,
  keepScreenshots,
  startBrowserStack,
  withPage,
} from '../support/browser';
import { logIn } from '../support/console-login';
import { assignTaskToNewAgency } from '../support/browser-journeys';
import { loginAs, seedAgency, seedUser } from '../support/registry';

const NEW_PASSWORD = 'mật khẩu mới của điều phối viên';

describe('the coordination office’s console: who gets in, what each role sees, one’s own password', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await startBrowserStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const menuOf = async (page: Page) => {
    const items = page.getByRole('navigation', { name: 'Danh mục' }).getByRole('menuitem');
    await items.first().waitFor();
    return items.allInnerTexts();
  };

  it('sends someone signed out to the login page and back to where they were going', async () => {
    const coordinator = await seedUser(stack.app, 'coordinator');
    await withPage(stack.browser, 'deep link while signed out', async (page) => {
      await page.goto(`${stack.baseUrl}/lich`);
      await page.waitForURL(`${stack.baseUrl}/dang-nhap?next=%2Flich`);
      await page.getByLabel('Thư điện tử').fill(coordinator.email);
      await page.getByLabel('Mật khẩu').fill('mật khẩu thử nghiệm');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(`${stack.baseUrl}/lich`);
    });
  });

  it('shows a coordinator every section, a viewer no manager’s section, and keeps an agency officer out', async () => {
    const coordinator = await seedUser(stack.app, 'coordinator');
    await withPage(stack.browser, 'coordinator menu', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email);
      await page.waitForURL(`${stack.baseUrl}/ke-hoach`);
      expect(await menuOf(page)).toEqual([
        'Kế hoạch',
        'Nhập kế hoạch',
        'Cơ quan, đơn vị',
        'Nhóm cơ quan',
        'Kiểm tra',
        'Lịch làm việc',
        'Người dùng',
        'Nhật ký thay đổi',
        'Tài khoản',
      ]);
      await checkAccessibility(page, 'console-shell');
    });

    const viewer = await seedUser(stack.app, 'viewer');
    await withPage(stack.browser, 'viewer menu', async (page) => {
      await logIn(page, stack.baseUrl, viewer.email);
      await page.waitForURL(`${stack.baseUrl}/ke-hoach`);
      expect(await menuOf(page)).toEqual([
        'Kế hoạch',
        'Cơ quan, đơn vị',
        'Nhóm cơ quan',
        'Kiểm tra',
        'Lịch làm việc',
        'Tài khoản',
      ]);
    });

    const officer = await seedUser(stack.app, 'agency_officer');
    await withPage(stack.browser, 'agency officer kept out', async (page) => {
      await logIn(page, stack.baseUrl, officer.email);
      await page.goto(`${stack.baseUrl}/ke-hoach`);
      await page.waitForURL(`${stack.baseUrl}/`);
      await page.getByRole('heading', { name: 'Nhiệm vụ của cơ quan' }).waitFor();
    });
  });

  it('shows a logged-in agency officer its own agency’s assignments and nothing of another agency’s', async () => {
    const coordinator = await loginAs(stack.app, stack.http, 'coordinator');
    const own = await assignTaskToNewAgency(stack, coordinator);
    const other = await assignTaskToNewAgency(stack, coordinator);
    const officer = await seedUser(stack.app, 'agency_officer', { agencyId: own.agency.id });
    await withPage(stack.browser, 'officer sees only its agency', async (page) => {
      await logIn(page, stack.baseUrl, officer.email);
      const list = page.getByRole('list', { name: 'Nhiệm vụ của cơ quan' });
      await list
        .getByRole('link', { name: `Nhiệm vụ ${own.task.code}: ${own.task.title}` })
        .first()
        .waitFor();
      const hrefs = await Promise.all((await list.getByRole('link').all()).map((link) => link.getAttribute('href')));
      expect(hrefs).toContain(`/bao-cao/${own.assignmentId}`);
      expect(hrefs).not.toContain(`/bao-cao/${other.assignmentId}`);

      await page.goto(`${stack.baseUrl}/bao-cao/${other.assignmentId}`);
      await page.getByText('Không tìm thấy nhiệm vụ').waitFor();
      await page.goto(`${stack.baseUrl}/ke-hoach/${other.planId}`);
      await page.waitForURL(`${stack.baseUrl}/`);
    });
  });

  it('opens the menu from a button on a phone, without overflowing the screen', async () => {
    const coordinator = await seedUser(stack.app, 'coordinator');
    await withPage(
      stack.browser,
      'phone menu',
      async (page) => {
        await logIn(page, stack.baseUrl, coordinator.email);
        await page.getByRole('button', { name: 'Mở danh mục' }).click();
        await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
        await page.waitForURL(`${stack.baseUrl}/tai-khoan`);
        await expectNoHorizontalOverflow(page);
      },
      PHONE,
    );
  });

  it('changes one’s own password: a wrong current one is said so, and the old password stops working', async () => {
    const coordinator = await seedUser(stack.app, 'coordinator');
    await withPage(stack.browser, 'change password', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email, '/tai-khoan');
      await page.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
      await page.getByLabel('Mật khẩu hiện tại').fill('không phải mật khẩu');
      await page.getByText('Ít nhất 12 ký tự; không dùng mật khẩu phổ biến hoặc đã bị lộ.').waitFor();
      await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await page.getByText('Mật khẩu hiện tại không đúng.').waitFor();

      await page.getByLabel('Mật khẩu hiện tại').fill('mật khẩu thử nghiệm');
      await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
      await page.getByText('Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.').waitFor();
      await checkAccessibility(page, 'account');
      console.info(`account screenshots: ${(await keepScreenshots(page, 'account')).join(', ')}`);
      // The session that made the change carries on.
      await page.getByRole('menuitem', { name: 'Kế hoạch', exact: true }).click();
      await page.waitForURL(`${stack.baseUrl}/ke-hoach`);
    });
    await request(stack.http)
      .post('/api/auth/login')
      .send({ email: coordinator.email, password: 'mật khẩu thử nghiệm' })
      .expect(401);
    await request(stack.http)
      .post('/api/auth/login')
      .send({ email: coordinator.email, password: NEW_PASSWORD })
      .expect(200);
  });

  it('lets an admin reset someone’s password from the users page, and only an admin', async () => {
    const admin = await seedUser(stack.app, 'admin');
    const viewer = await seedUser(stack.app, 'viewer');
    await withPage(stack.browser, 'admin resets a password', async (page) => {
      await logIn(page, stack.baseUrl, admin.email, '/nguoi-dung');
      await page.getByRole('searchbox', { name: 'Tìm người dùng' }).fill(viewer.email);
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await page.getByRole('button', { name: `Đặt lại mật khẩu ${viewer.email}` }).click();
      const dialog = page.getByRole('dialog', { name: `Đặt lại mật khẩu cho ${viewer.email}` });
      await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
      await dialog.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
      await dialog.getByRole('button', { name: 'Đặt lại' }).click();
      await page.getByText(`Đã đặt lại mật khẩu cho ${viewer.email}`).waitFor();
    });
    await request(stack.http).post('/api/auth/login').send({ email: viewer.email, password: NEW_PASSWORD }).expect(200);

    const coordinator = await seedUser(stack.app, 'coordinator');
    await withPage(stack.browser, 'coordinator has no reset', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email, '/nguoi-dung');
      await page.getByRole('searchbox', { name: 'Tìm người dùng' }).fill(viewer.email);
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await page.getByRole('button', { name: `Sửa ${viewer.email}` }).waitFor();
      expect(await page.getByRole('button', { name: `Đặt lại mật khẩu ${viewer.email}` }).count()).toBe(0);
    });
  });

  it('runs under its Content-Security-Policy: no violation on the console, an agency page or the API docs', async () => {
    const viewer = await seedUser(stack.app, 'viewer');
    const agency = await seedAgency(stack.app);
    await withPage(stack.browser, 'content security policy', async (page) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/content security policy/i.test(message.text())) violations.push(message.text());
      });
      await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
      // A string, not a function: this project's TypeScript has no DOM types.
      await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) =>
        window.reportViolation(event.violatedDirective + ' blocked ' + event.blockedURI + ' at ' + event.sourceFile))`);

      await logIn(page, stack.baseUrl, viewer.email);
      await page.goto(`${stack.baseUrl}/co-quan/${agency.id}`);
      await page.getByRole('heading', { name: agency.name, level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Tình trạng thực hiện trên các kế hoạch' }).waitFor();
      await page.goto(`${stack.baseUrl}/api/docs`);
      await page.getByRole('heading', { name: /dondoc admin API/ }).waitFor();
      await page.getByText('/api/agencies/{id}', { exact: true }).first().waitFor();
      expect(violations).toEqual([]);
    });
  });
});

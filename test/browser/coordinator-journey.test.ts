import request from 'supertest';
import {
  type BrowserStack,
  type Visitor,
  checkAccessibility,
  openVisitor,
  startBrowserStack,
} from '../support/browser';
import { ASSIGNED, REPORT_PDF, RETURNED, sendReport } from '../support/browser-journeys';
import { linkFrom } from '../support/browser-mail';
import {
  type Buckets,
  acceptReport,
  activate,
  bucketsCounted,
  draftFlags,
  importPlanDocument,
  keepPageViews,
  mailIdsTo,
  newMailTo,
  previewActivation,
  reportShown,
  returnReport,
  seed003Misspelt,
  settleFromSuggestions,
} from '../support/console-journeys';
import { bucketsShown, logIn } from '../support/console-login';
import { daysFromToday } from '../support/orchestration';
import { type LoggedIn, loginAs, seedUser } from '../support/registry';
import { directoryMailedAt } from '../support/seed-plans';

const MISSPELT = 'Sở Tài chánh';
const FINANCE = 'Sở Tài chính tỉnh Lai Châu';
const JUSTICE = 'Sở Tư pháp tỉnh Lai Châu';
const FIRST_REPORT = 'Sở đã số hoá 120 tài liệu phổ biến pháp luật và đăng trên Cổng thông tin điện tử tỉnh.';
const SECOND_REPORT = 'Bổ sung: 168 tài liệu, 23.400 lượt truy cập; kèm danh mục tài liệu theo từng lĩnh vực.';
const COMMENT = 'Đề nghị bổ sung số lượt truy cập và danh mục tài liệu theo từng lĩnh vực.';

describe('a coordinator’s whole journey in one browser: from a plan document to an accepted report', () => {
  let stack: BrowserStack;
  let api: LoggedIn;
  let province: string;
  let justiceEmail: string;
  const visitors: Visitor[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack();
    api = await loginAs(stack.app, stack.http, 'coordinator');
    const directory = directoryMailedAt('journey');
    province = directory.province;
    justiceEmail = String(directory.agencies.find((a) => a.code.endsWith('-LCU-STP'))?.focalEmails);
    await request(stack.http).post('/api/agencies/import').set(api.auth).send(directory).expect(200);
  });

  afterAll(async () => {
    for (const visitor of visitors) await visitor.close();
    await stack?.stop();
  });

  const dashboardAgreesWithApi = async (coordinator: Visitor, planId: string): Promise<Buckets> => {
    const shown = await coordinator.step('the dashboard’s buckets equal the status report’s', async (page) => {
      await page.getByRole('heading', { name: /^Tình trạng thực hiện đến ngày/ }).waitFor();
      return bucketsShown(page);
    });
    const counted = await bucketsCounted(stack, api, planId);
    expect(counted.buckets).toMatchObject(shown);
    return shown;
  };

  it('imports seed 003, settles a name, activates, and returns then accepts the report an agency sent from its email', async () => {
    const user = await seedUser(stack.app, 'coordinator');
    const coordinator = await openVisitor(stack.browser);
    visitors.push(coordinator);
    const page = coordinator.page;

    const planId = await coordinator.step('log in and import the plan document', async () => {
      await logIn(page, stack.baseUrl, user.email);
      await page.getByRole('navigation', { name: 'Danh mục' }).getByRole('menuitem', { name: 'Nhập kế hoạch' }).click();
      await page.waitForURL(`${stack.baseUrl}/ke-hoach/nhap`);
      const { name, text } = seed003Misspelt('Sở Tài chính', MISSPELT);
      return importPlanDocument(page, { name, text, province });
    });

    await coordinator.step('review the draft and settle the misspelt name from its suggestions', async () => {
      await draftFlags(page, MISSPELT);
      await keepPageViews(page, 'journey-draft-review');
      await settleFromSuggestions(page, { misspelt: MISSPELT, agency: FINANCE, taskCode: 'III.3.2' });
    });

    const expected = await coordinator.step('preview the activation', async () => {
      const count = await previewActivation(page, { openNowDue: daysFromToday(14) });
      await checkAccessibility(page, 'journey-activation-preview');
      return count;
    });
    expect(expected).toBeGreaterThan(0);

    const mailsBefore = await mailIdsTo(justiceEmail);
    await coordinator.step('activate and watch the assignments appear on the dashboard', async () => {
      await activate(page, expected);
      await page.getByRole('link', { name: 'Xem tiến độ kế hoạch' }).click();
      await page.waitForURL(`${stack.baseUrl}/ke-hoach/${planId}`);
      await page.getByText('Đang thực hiện', { exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Kích hoạt kế hoạch' }).count()).toBe(0);
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    });
    const opened = await dashboardAgreesWithApi(coordinator, planId);
    expect(opened.doneOnTime.count + opened.doneLate.count).toBe(0);
    expect(opened.openInTime.count).toBeGreaterThan(0);

    const agency = await openVisitor(stack.browser);
    visitors.push(agency);
    const assigned = await newMailTo(justiceEmail, {
      prefix: ASSIGNED,
      containing: 'với vai trò cơ quan chủ trì',
      before: mailsBefore,
    });
    const taskCode = /nhiệm vụ (\S+)$/.exec(assigned.subject.normalize('NFC'))![1];
    await coordinator.step('the lead agency’s assignment is in the plan’s list', async () => {
      await page.getByRole('tab', { name: 'Danh sách nhiệm vụ' }).click();
      const filters = page.getByRole('search', { name: 'Lọc danh sách nhiệm vụ' });
      await filters.getByRole('combobox', { name: /^Cơ quan/ }).selectOption({ label: JUSTICE });
      const tasks = filters.getByRole('combobox', { name: /^Nhiệm vụ/ });
      const option = tasks.locator('option', { hasText: `${taskCode}. ` });
      await tasks.selectOption((await option.getAttribute('value')) ?? '');
      await page
        .getByRole('row')
        .filter({ hasText: JUSTICE })
        .filter({ hasText: `${taskCode}. ` })
        .first()
        .waitFor();
    });
    const assignmentId = await agency.step('the agency reports from the link in its email', async (officer) => {
      await officer.goto(linkFrom(assigned));
      await officer.waitForURL(/\/bao-cao\/[0-9a-f-]+$/);
      await officer.getByText(`Nhiệm vụ ${taskCode}`).first().waitFor();
      await sendReport(officer, FIRST_REPORT, [REPORT_PDF]);
      return new URL(officer.url()).pathname.split('/').pop()!;
    });

    await coordinator.step('find the report waiting in the plan’s assignments, read it and return it', async () => {
      await page.reload();
      await page.getByRole('tab', { name: 'Danh sách nhiệm vụ' }).click();
      const filters = page.getByRole('search', { name: 'Lọc danh sách nhiệm vụ' });
      await filters.getByRole('combobox', { name: /^Tình trạng/ }).selectOption({ label: 'Đã gửi, chờ xem xét' });
      const rows = page.getByRole('row').filter({ hasText: 'Đã gửi, chờ xem xét' });
      await rows.first().waitFor();
      expect(await rows.count()).toBe(1);
      const link = rows.getByRole('link', { name: new RegExp(`^${taskCode.replaceAll('.', '\\.')}\\. `) });
      expect(await link.getAttribute('href')).toBe(`/nhiem-vu/${assignmentId}`);
      await link.click();
      await page.waitForURL(`${stack.baseUrl}/nhiem-vu/${assignmentId}`);
      await page.getByRole('link', { name: JUSTICE }).waitFor();
      await reportShown(page, 1, FIRST_REPORT, REPORT_PDF);
      await returnReport(page, { comment: COMMENT, newDue: daysFromToday(21), by: user.email });
    });

    const returned = await newMailTo(justiceEmail, {
      prefix: RETURNED,
      before: mailsBefore,
    });
    await agency.step('the agency reads the comment and reports again from the return mail', async (officer) => {
      await officer.goto(linkFrom(returned));
      await officer.waitForURL(`${stack.baseUrl}/bao-cao/${assignmentId}`);
      await officer.getByText(COMMENT).first().waitFor();
      await sendReport(officer, SECOND_REPORT, [REPORT_PDF]);
    });

    await coordinator.step('accept the resubmission', async () => {
      await page.reload();
      await reportShown(page, 2, SECOND_REPORT, REPORT_PDF);
      await acceptReport(page, { by: user.email });
      await page
        .getByRole('link', { name: /Kế hoạch triển khai Đề án/ })
        .first()
        .click();
      await page.waitForURL(`${stack.baseUrl}/ke-hoach/${planId}`);
    });
    const accepted = await dashboardAgreesWithApi(coordinator, planId);
    expect(accepted.doneOnTime.count).toBe(opened.doneOnTime.count + 1);
    expect(accepted.openInTime.count).toBe(opened.openInTime.count - 1);
    expect(accepted.openOverdue.count).toBe(opened.openOverdue.count);
    await coordinator.step('keep the dashboard’s screenshots', (dashboard) =>
      keepPageViews(dashboard, 'journey-dashboard'),
    );
  }, 400_000);
});

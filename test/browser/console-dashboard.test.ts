import request from 'supertest';
import { addDays, localDateOf } from '@dondoc/domain';
import {
  type BrowserStack,
  PHONE,
  checkAccessibility,
  expectNoHorizontalOverflow,
  keepScreenshots,
  openVisitor,
  startBrowserStack,
} from '../support/browser';
import { type AssignedWork, assignTaskToNewAgency, expectStatus } from '../support/browser-journeys';
import { type Bucket, bucketsShown, logIn } from '../support/console-login';
import { type LoggedIn, loginAs, seedUser } from '../support/registry';

interface StatusReport {
  total: { counted: number; buckets: Record<Bucket, { count: number; percent: number }> };
}

/** dd/mm/yyyy, as the date picker takes it. */
const shown = (date: string) => date.split('-').reverse().join('/');

describe('the coordination office’s plans list, a plan’s dashboard and an agency’s page', () => {
  let stack: BrowserStack;
  let coordinator: LoggedIn;
  let work: AssignedWork & { coordinating: Array<{ assignmentId: string }> };
  let planNumber: string;

  beforeAll(async () => {
    stack = await startBrowserStack();
    coordinator = await loginAs(stack.app, stack.http, 'coordinator');
    work = await assignTaskToNewAgency(stack, coordinator, { coordinating: 2 });
    const officer = await loginAs(stack.app, stack.http, 'agency_officer', { agencyId: work.agency.id });
    expectStatus(
      await request(stack.http)
        .post(`/api/assignments/${work.assignmentId}/submissions`)
        .set(officer.auth)
        .send({ reportText: 'Đã tổ chức 3 hội nghị phổ biến pháp luật cho cán bộ, công chức.' }),
      201,
      'the lead agency’s report',
    );
    expectStatus(
      await request(stack.http)
        .post(`/api/assignments/${work.coordinating[0].assignmentId}/waive`)
        .set(coordinator.auth)
        .send({ reason: 'Đơn vị đã sáp nhập' }),
      200,
      'a waiver',
    );
    const plan = await request(stack.http).get(`/api/plans/${work.planId}`).set(coordinator.auth);
    planNumber = (plan.body as { number: string }).number;
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('a coordinator finds the plan, reads buckets that match the API, looks back a day and opens an agency', async () => {
    const user = await seedUser(stack.app, 'coordinator');
    const visitor = await openVisitor(stack.browser);
    try {
      await visitor.step('log in and find the plan in the list', async (page) => {
        await logIn(page, stack.baseUrl, user.email, '/ke-hoach');
        await page.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor();
        await page.getByRole('button', { name: 'Nhập kế hoạch' }).waitFor();
        await page.getByLabel('Tìm theo số hoặc tên kế hoạch', { exact: true }).fill(planNumber);
        await page.getByRole('button', { name: 'Tìm', exact: true }).click();
        const row = page.getByRole('row').filter({ hasText: planNumber });
        await row.getByRole('cell', { name: 'Đang thực hiện', exact: true }).waitFor();
        await row.getByText('1/2 đã hoàn thành').filter({ visible: true }).waitFor();
        await checkAccessibility(page, 'console-plans');
        console.info(`plans list: ${(await keepScreenshots(page, 'console-plans')).join(', ')}`);
        // On a phone the plan's cell says how far it is, and the progress column gives its width to the title.
        const desktop = page.viewportSize()!;
        await page.setViewportSize({ width: 375, height: 812 });
        await row.locator('.plans-status-inline').getByText('1/2 đã hoàn thành').waitFor();
        await page.getByRole('columnheader', { name: 'Tiến độ' }).waitFor({ state: 'detached' });
        await page.setViewportSize(desktop);
        await row.getByRole('link', { name: new RegExp(planNumber.replace('/', '\\/')) }).click();
        await page.waitForURL(`${stack.baseUrl}/ke-hoach/${work.planId}`);
      });

      await visitor.step('the dashboard shows the buckets the API reports', async (page) => {
        const api = await request(stack.http).get(`/api/plans/${work.planId}/status-report`).set(coordinator.auth);
        const report = expectStatus(api, 200, 'the status report').body as StatusReport;
        expect(report.total.counted).toBe(2);
        expect(await bucketsShown(page)).toEqual({
          doneOnTime: report.total.buckets.doneOnTime,
          doneLate: report.total.buckets.doneLate,
          openInTime: report.total.buckets.openInTime,
          openOverdue: report.total.buckets.openOverdue,
        });
        await page.getByText('Số nhiệm vụ được tính: 2').first().waitFor();
        await page.getByRole('img', { name: 'Biểu đồ tình trạng thực hiện theo cơ quan' }).waitFor();
        await page.getByRole('link', { name: 'Tiến độ từng nhiệm vụ (Excel)' }).waitFor();
        await page.getByRole('tab', { name: 'Xếp hạng' }).waitFor();
        // The plan's title sits under its number, not a blank line below it.
        const title = page.getByRole('heading', { level: 1 });
        const heading = await title.boundingBox();
        const above = await title.locator('xpath=preceding-sibling::*[1]').boundingBox();
        if (heading === null || above === null) throw new Error('the plan title or the line above it is not shown');
        expect(heading.y - (above.y + above.height)).toBeLessThanOrEqual(12);
        await checkAccessibility(page, 'console-dashboard');
        console.info(`dashboard: ${(await keepScreenshots(page, 'console-dashboard')).join(', ')}`);
      });

      await visitor.step('the period filter offers the plan’s own periods', async (page) => {
        const listed = await request(stack.http)
          .get(`/api/plans/${work.planId}/assignments?pageSize=100`)
          .set(coordinator.auth);
        const items = (expectStatus(listed, 200, 'the plan’s assignments').body as { items: Array<{ period: string }> })
          .items;
        const periods = [...new Set(items.map((item) => item.period))].sort();
        const select = page.getByLabel('Kỳ báo cáo');
        const offered = await select
          .locator('option:not([disabled])')
          .evaluateAll((options) => options.map((option) => (option as unknown as { value: string }).value));
        expect(offered).toEqual(['all', ...periods]);
        await select.selectOption(periods[0]);
        await page.waitForURL(new RegExp(`period=${periods[0]}`));
        await page.getByText('Số nhiệm vụ được tính: 2').first().waitFor();
        await select.selectOption('all');
        await page.waitForURL((url) => !url.searchParams.has('period'));
      });

      await visitor.step('the dashboard fits a phone', async (page) => {
        await page.setViewportSize({ width: PHONE.viewport!.width, height: PHONE.viewport!.height });
        await expectNoHorizontalOverflow(page);
        await page.setViewportSize({ width: 1366, height: 768 });
      });

      await visitor.step('as of yesterday nothing had opened', async (page) => {
        const yesterday = addDays(localDateOf(Date.now()), -1);
        const picker = page.getByLabel('Số liệu tính đến ngày');
        await picker.click();
        await picker.fill(shown(yesterday));
        await picker.press('Enter');
        await page.waitForURL(new RegExp(`asOf=${yesterday}`));
        await page.getByText('Số nhiệm vụ được tính: 0').first().waitFor();
        const shownBuckets = await bucketsShown(page);
        expect(Object.values(shownBuckets).map((bucket) => bucket.count)).toEqual([0, 0, 0, 0]);
      });

      await visitor.step('the agency’s page lists its assignments', async (page) => {
        await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
        await page.getByText('Số nhiệm vụ được tính: 2').first().waitFor();
        await page.getByRole('link', { name: work.agency.name }).first().click();
        await page.waitForURL(`${stack.baseUrl}/co-quan/${work.agency.id}`);
        await page.getByRole('heading', { level: 1, name: work.agency.name }).waitFor();
        await page.getByText(work.agency.focalEmails[0]).waitFor();
        await page
          .getByRole('link', { name: `${work.task.code}. ${work.task.title}` })
          .first()
          .waitFor();
        const link = page.getByRole('link', { name: `${work.task.code}. ${work.task.title}` }).first();
        expect(await link.getAttribute('href')).toBe(`/nhiem-vu/${work.assignmentId}`);
        await checkAccessibility(page, 'console-agency');
        console.info(`agency page: ${(await keepScreenshots(page, 'console-agency')).join(', ')}`);
      });
    } finally {
      await visitor.close();
    }
  });

  it('a viewer sees the dashboard and no manager-only control', async () => {
    const viewer = await seedUser(stack.app, 'viewer');
    const visitor = await openVisitor(stack.browser);
    try {
      await visitor.step('the plans list has no import', async (page) => {
        await logIn(page, stack.baseUrl, viewer.email, '/ke-hoach');
        await page.getByRole('heading', { level: 1, name: 'Kế hoạch' }).waitFor();
        await page.getByRole('table').waitFor();
        expect(await page.getByRole('button', { name: 'Nhập kế hoạch' }).count()).toBe(0);
      });
      await visitor.step('the dashboard shows the figures and the ranking', async (page) => {
        await page.goto(`${stack.baseUrl}/ke-hoach/${work.planId}`);
        await page.getByRole('list', { name: 'Bốn nhóm tình trạng của kế hoạch' }).waitFor();
        await page.getByText('Số nhiệm vụ được tính: 2').first().waitFor();
        await page.getByRole('tab', { name: 'Xếp hạng' }).click();
        await page.getByText(/Chấm theo thang điểm phiên bản \d+/).waitFor();
        expect(await page.getByRole('button', { name: 'Xem xét dự thảo' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Kích hoạt kế hoạch' }).count()).toBe(0);
      });
      await visitor.step('the agency’s page keeps its contacts from a viewer', async (page) => {
        await page.goto(`${stack.baseUrl}/co-quan/${work.agency.id}`);
        await page.getByRole('heading', { level: 1, name: work.agency.name }).waitFor();
        expect(await page.getByText(work.agency.focalEmails[0]).count()).toBe(0);
      });
    } finally {
      await visitor.close();
    }
  });
});

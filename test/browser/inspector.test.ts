import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import request from 'supertest';
import { type AgencyEntity, InspectionRepository, type UserEntity } from '@dondoc/persistence';
import {
  type BrowserStack,
  type Visitor,
  checkAccessibility,
  expectNoHorizontalOverflow,
  keepScreenshots,
  openVisitor,
  startBrowserStack,
} from '../support/browser';
import { choose, expectStatus, openPersonalLink, shownDate } from '../support/browser-journeys';
import { linkFrom, mailWithSubject } from '../support/browser-mail';
import { startInspectionWorkflow } from '../support/inspections';
import { eventually, seedDraftPlan } from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency, seedUser } from '../support/registry';

const TEAM = 'Đoàn kiểm tra số 1';

describe('an inspector briefed by email records findings and the team report in the browser', () => {
  let stack: BrowserStack;
  let coordinator: LoggedIn;
  let inspectors: UserEntity[];
  let agencies: AgencyEntity[];
  let visitor: Visitor | undefined;

  beforeAll(async () => {
    stack = await startBrowserStack();
    coordinator = await loginAs(stack.app, stack.http, 'coordinator');
    // Inspectors are drawn from the plan's province: one of this test's own, so these two make up the only team.
    const tag = randomUUID().slice(0, 8);
    const province = `Tỉnh Thử ${tag}`;
    const inspectorate = await seedAgency(stack.app, { name: `Thanh tra tỉnh ${tag}`, province });
    inspectors = [
      await seedUser(stack.app, 'inspector', {
        email: `a0-thanh-tra-${tag}@laichau.dondoc.invalid`,
        agencyId: inspectorate.id,
      }),
      await seedUser(stack.app, 'inspector', {
        email: `a1-thanh-tra-${tag}@laichau.dondoc.invalid`,
        agencyId: inspectorate.id,
      }),
    ];
    agencies = [
      await seedAgency(stack.app, { name: 'Sở Tư pháp tỉnh Lai Châu', province }),
      await seedAgency(stack.app, { name: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu', province }),
    ];
  });

  afterAll(async () => {
    await visitor?.close();
    await stack?.stop();
  });

  /** Fills the findings form in one target agency's section and saves it. */
  async function recordFinding(page: Page, agency: AgencyEntity, rating: string, text: string): Promise<void> {
    const form = page.getByRole('region', { name: agency.name, exact: true });
    await form.getByLabel('Kết quả kiểm tra', { exact: true }).fill(text);
    await choose(page, form.getByLabel('Xếp loại', { exact: true }), rating);
    await form.getByLabel('Kiến nghị', { exact: true }).fill('Tăng cường phổ biến pháp luật cho đồng bào dân tộc.');
    await form.getByRole('button', { name: 'Lưu kết quả' }).click();
    await form.getByText(/^Đã lưu kết quả lúc/).waitFor();
  }

  it('opens the briefing from the link, saves findings, sends the team report; the API shows it reported', async () => {
    const planId = (await seedDraftPlan(stack.app)).id;
    const workflowId = await startInspectionWorkflow(stack.app, stack.config.temporal.taskQueue, { planId, agencies });
    const inspection = (await stack.app.get(InspectionRepository).getByWorkflowId(workflowId))!;
    const brief = await mailWithSubject(inspectors[0].email, `[dondoc] ${TEAM}: kiểm tra việc thực hiện`);
    const link = linkFrom(brief);
    expect(link.startsWith(`${stack.baseUrl}/i/`)).toBe(true);
    visitor = await openVisitor(stack.browser);

    await visitor.step('open the briefing link', async (page) => {
      expect(await openPersonalLink(page, link, `/kiem-tra/${inspection.id}`)).toBe(303);
      await page.getByRole('heading', { level: 1, name: TEAM }).waitFor();
      for (const inspector of inspectors) await page.getByText(`(${inspector.email})`).waitFor();
      for (const agency of agencies) await page.getByRole('heading', { level: 3, name: agency.name }).waitFor();
      await page
        .getByText(
          `Thời gian kiểm tra: từ ${shownDate(inspection.windowStart!)} đến ${shownDate(inspection.windowEnd!)}`,
        )
        .waitFor();
      // One findings form a target agency: the inspection takes findings now.
      await page.getByRole('button', { name: 'Lưu kết quả' }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Lưu kết quả' }).count()).toBe(agencies.length);
      await checkAccessibility(page, 'inspection-page');
      console.info(`inspector page screenshots: ${(await keepScreenshots(page, 'inspection-page')).join(', ')}`);
      await page.setViewportSize({ width: 375, height: 812 });
      await expectNoHorizontalOverflow(page);
    });

    await visitor.step('record the findings for each agency', async (page) => {
      await recordFinding(page, agencies[0], 'Khá', 'Sở đã thực hiện đầy đủ 5/5 nhiệm vụ; hồ sơ lưu trữ đầy đủ.');
      await recordFinding(page, agencies[1], 'Đạt', 'Sở đã thực hiện 4/5 nhiệm vụ; một hội nghị lùi sang quý sau.');
    });

    await visitor.step('send the team report', async (page) => {
      await page
        .getByLabel('Báo cáo kết quả kiểm tra của đoàn')
        .fill('Đoàn đã kiểm tra 2 cơ quan: 1 cơ quan xếp loại Khá, 1 cơ quan xếp loại Đạt.');
      await page.getByRole('button', { name: 'Gửi báo cáo kết quả kiểm tra' }).click();
      await page.getByText('Đoàn đã gửi báo cáo kết quả kiểm tra').waitFor();
    });

    const listed = await eventually(
      async () =>
        expectStatus(
          await request(stack.http).get('/api/inspections').query({ planId }).set(coordinator.auth),
          200,
          'GET /api/inspections',
        ).body as { items: Array<{ id: string; status: string }> },
      (page) => page.items.some((item) => item.id === inspection.id && item.status === 'reported'),
      { what: 'the inspection reported' },
    );
    expect(listed.items).toEqual([expect.objectContaining({ id: inspection.id, status: 'reported' })]);
    const path = `/api/inspections/${inspection.id}/briefing`;
    const briefing = expectStatus(await request(stack.http).get(path).set(coordinator.auth), 200, `GET ${path}`)
      .body as { targets: Array<{ agency: { id: string }; finding: { rating: string } | null }> };
    expect(briefing.targets.map((target) => [target.agency.id, target.finding?.rating]).sort()).toEqual(
      [
        [agencies[0].id, 'kha'],
        [agencies[1].id, 'dat'],
      ].sort(),
    );
  });
});

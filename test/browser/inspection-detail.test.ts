import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { addDays, localDateOf } from '@dondoc/domain';
import { InspectionFindingRepository, InspectionRepository } from '@dondoc/persistence';
import {
  type BrowserStack,
  checkAccessibility,
  expectNoHorizontalOverflow,
  keepScreenshots,
  startBrowserStack,
  withPage,
} from '../support/browser';
import { assignTaskToNewAgency } from '../support/browser-journeys';
import { logIn } from '../support/console-login';
import { loginAs, seedAgency, seedUser } from '../support/registry';

describe('the office reads an inspection: its teams, why each target was drawn, the findings and which came late', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await startBrowserStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('shows each team with its members and targets, the draw reason, each finding and the late ones', async () => {
    const api = await loginAs(stack.app, stack.http, 'coordinator');
    // The lead agency has not reported: the draw puts it first. The other holds no assignment: drawn by lot.
    const work = await assignTaskToNewAgency(stack, api);
    const assignment = (
      await request(stack.http).get(`/api/assignments/${work.assignmentId}`).set(api.auth).expect(200)
    ).body as { taskId: string; period: string };
    const drawnByLot = await seedAgency(stack.app, { name: `Sở Nội vụ tỉnh Lai Châu ${randomUUID().slice(0, 6)}` });
    const [first, second] = [await seedUser(stack.app, 'inspector'), await seedUser(stack.app, 'inspector')];
    const today = localDateOf(Date.now());
    const inspection = await stack.app.get(InspectionRepository).schedule({
      planId: work.planId,
      taskId: assignment.taskId,
      period: assignment.period,
      workflowId: `inspection-detail-${randomUUID()}`,
      windowStart: addDays(today, -10),
      windowEnd: addDays(today, -1),
      reportDue: addDays(today, 5),
      teams: [
        { name: 'Đoàn kiểm tra số 1', inspectorIds: [first.id], agencyIds: [work.agency.id] },
        { name: 'Đoàn kiểm tra số 2', inspectorIds: [second.id], agencyIds: [drawnByLot.id] },
      ],
    });
    // Saved today, after the window closed yesterday: a late finding.
    await stack.app.get(InspectionFindingRepository).save({
      inspectionId: inspection.id,
      agencyId: drawnByLot.id,
      finding: 'Đã tổ chức 2 hội nghị, tài liệu lưu đầy đủ.',
      rating: 'kha',
      recommendation: 'Bổ sung hình thức phổ biến trực tuyến.',
      attachments: [],
      recordedBy: second.id,
    });
    const coordinator = await seedUser(stack.app, 'coordinator');

    await withPage(stack.browser, 'read the inspection', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email, `/dot-kiem-tra/${inspection.id}`);
      const one = page.getByRole('region', { name: 'Đoàn kiểm tra số 1' });
      const two = page.getByRole('region', { name: 'Đoàn kiểm tra số 2' });
      await one.getByRole('list', { name: 'Thành viên Đoàn kiểm tra số 1' }).getByText(first.email).waitFor();
      await two.getByRole('list', { name: 'Thành viên Đoàn kiểm tra số 2' }).getByText(second.email).waitFor();

      const unreported = one.getByRole('region', { name: work.agency.name });
      await unreported.getByText('Ưu tiên kiểm tra: chưa gửi báo cáo').waitFor();
      await unreported.getByText(/^Chưa có kết quả dù đã hết thời gian kiểm tra/).waitFor();
      await unreported.getByText(work.task.title).waitFor();

      const drawn = two.getByRole('region', { name: drawnByLot.name });
      await drawn.getByText('Chọn ngẫu nhiên (bốc thăm)').waitFor();
      await drawn.getByText('Đã tổ chức 2 hội nghị, tài liệu lưu đầy đủ.').waitFor();
      await drawn.getByText('Khá').waitFor();
      await drawn.getByText(/^Kết quả nộp muộn/).waitFor();
      expect(await two.getByText(work.agency.name).count()).toBe(0);
      await page.getByText('2 cơ quan').waitFor();
      await checkAccessibility(page, 'inspection-detail');
      console.info(`inspection detail: ${(await keepScreenshots(page, 'inspection-detail')).join(', ')}`);
      await page.setViewportSize({ width: 375, height: 812 });
      await expectNoHorizontalOverflow(page);
    });
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  type BrowserStack,
  checkAccessibility,
  clickUntilShown,
  holdRequests,
  startBrowserStack,
  withPage,
} from '../support/browser';
import { assignTaskToNewAgency } from '../support/browser-journeys';
import { logIn } from '../support/console-login';
import { eventually } from '../support/orchestration';
import { loginAs, seedAgency, seedUser } from '../support/registry';

describe('an agency merger from the console: the count before, the work handed on after', () => {
  let stack: BrowserStack;

  beforeAll(async () => {
    stack = await startBrowserStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('hands every open assignment of a merged agency to its successor, saying how many before and after', async () => {
    const api = await loginAs(stack.app, stack.http, 'coordinator');
    const work = await assignTaskToNewAgency(stack, api);
    const successor = await seedAgency(stack.app, {
      name: `Sở Văn hóa và Thể thao tỉnh Lai Châu ${randomUUID().slice(0, 6)}`,
    });
    const coordinator = await seedUser(stack.app, 'coordinator');
    const path = `/nhiem-vu/${work.assignmentId}`;

    await withPage(stack.browser, 'merge the agency into its successor', async (page) => {
      await logIn(page, stack.baseUrl, coordinator.email, path);
      await page.getByRole('button', { name: 'Chuyển toàn bộ nhiệm vụ đang mở của cơ quan sang…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Chuyển nhiệm vụ khi sáp nhập cơ quan' });
      await dialog.getByRole('combobox', { name: 'Cơ quan tiếp nhận' }).fill(successor.name.slice(0, 20));
      // Ant Design's visible options are plain items; its role=option list is for screen readers only.
      await clickUntilShown(
        page.locator('.ant-select-item-option', { hasText: successor.name }),
        dialog.getByText('Sẽ chuyển 1 nhiệm vụ đang mở.'),
      );
      await checkAccessibility(page, 'agency-merger-preview');
      // The real request, held until the progress it shows has been read.
      const merge = await holdRequests(page, '**/merge-into');
      await dialog.getByRole('button', { name: 'Chuyển 1 nhiệm vụ và ghi nhận sáp nhập' }).click();
      await dialog.getByText('Đang chuyển 1 nhiệm vụ sang cơ quan tiếp nhận…').waitFor();
      merge.release();
      await dialog.getByText('Đã chuyển 1 nhiệm vụ và hợp nhất 0 nhiệm vụ.').waitFor();
    });

    await eventually(
      async () =>
        (await request(stack.http).get(`/api/assignments/${work.assignmentId}`).set(api.auth)).body as {
          agencyId: string;
        },
      (assignment) => assignment.agencyId === successor.id,
      { what: 'the assignment handed to the successor' },
    );
    const preview = (
      await request(stack.http)
        .get(`/api/agencies/${work.agency.id}/merge-into/preview?successorId=${successor.id}`)
        .set(api.auth)
        .expect(200)
    ).body as { count: number };
    expect(preview.count).toBe(0);
  });
});

import request from 'supertest';
import { AuditEventRepository } from '@dondoc/persistence';
import {
  type BrowserStack,
  type Visitor,
  checkAccessibility,
  expectNoHorizontalOverflow,
  keepScreenshots,
  openVisitor,
  startBrowserStack,
} from '../support/browser';
import {
  REPORT_PDF,
  assignTaskToNewAgency,
  expectStatus,
  openPersonalLink,
  reportPageShown,
} from '../support/browser-journeys';
import { type LoggedIn, loginAs } from '../support/registry';

describe('a lead agency reads on its report page what the coordinating agencies sent it', () => {
  let stack: BrowserStack;
  let coordinator: LoggedIn;
  let visitor: Visitor | undefined;

  beforeAll(async () => {
    stack = await startBrowserStack();
    coordinator = await loginAs(stack.app, stack.http, 'coordinator');
  });

  afterAll(async () => {
    await visitor?.close();
    await stack?.stop();
  });

  it('shows each coordinating agency’s input with its file, and who has not sent one yet', async () => {
    const work = await assignTaskToNewAgency(stack, coordinator, { coordinating: 2 });
    const [sender, silent] = work.coordinating;
    const officer = await loginAs(stack.app, stack.http, 'agency_officer', { agencyId: sender.agency.id });
    expectStatus(
      await request(stack.http)
        .post(`/api/assignments/${sender.assignmentId}/submissions`)
        .set(officer.auth)
        .send({
          reportText: 'Sở Nội vụ đã lồng ghép phổ biến pháp luật trong 4 lớp bồi dưỡng công chức.',
          attachments: [
            {
              filename: REPORT_PDF.name,
              mediaType: REPORT_PDF.mimeType,
              contentBase64: REPORT_PDF.buffer.toString('base64'),
            },
          ],
        }),
      201,
      'the coordinating agency’s input',
    );
    // The lead's own address was refused once: its timeline says so beside the inputs.
    await stack.app.get(AuditEventRepository).recordSystemEventOnce({
      action: 'assignment.mail-refused',
      entityType: 'assignment',
      entityId: work.assignmentId,
      after: { address: 'vanthu-cu@stp.rejected.invalid', notificationKey: 'test' },
    });
    visitor = await openVisitor(stack.browser);

    await visitor.step('open the lead’s link and read the inputs', async (page) => {
      await openPersonalLink(page, work.link, `/bao-cao/${work.assignmentId}`);
      await reportPageShown(page, work);
      const inputs = page.getByRole('list', { name: 'Cơ quan phối hợp' });
      await inputs.waitFor();
      await page.getByText('Đã nhận 1/2').waitFor();
      await inputs.getByText(sender.agency.name).waitFor();
      await inputs.getByText('Sở Nội vụ đã lồng ghép phổ biến pháp luật trong 4 lớp bồi dưỡng công chức.').waitFor();
      await inputs.getByText(silent.agency.name).waitFor();
      await inputs.getByText('Chưa gửi ý kiến, kết quả phối hợp.').waitFor();
      const file = inputs.getByRole('link', { name: REPORT_PDF.name });
      const href = await file.getAttribute('href');
      expect(href).toContain(`/api/assignments/${work.assignmentId}/inputs/${sender.assignmentId}/attachments/`);
      const download = await page.request.get(new URL(href!, page.url()).toString());
      expect(download.status()).toBe(200);
      expect(Buffer.from(await download.body()).equals(REPORT_PDF.buffer)).toBe(true);
    });

    await visitor.step(
      'the refused address on the timeline, accessibility, screenshots, no overflow on a phone',
      async (page) => {
        await page.getByText('Không gửi được thư tới địa chỉ vanthu-cu@stp.rejected.invalid').waitFor();
        await checkAccessibility(page, 'lead-inputs');
        console.info(`lead page screenshots: ${(await keepScreenshots(page, 'lead-inputs')).join(', ')}`);
        await page.setViewportSize({ width: 375, height: 812 });
        await expectNoHorizontalOverflow(page);
      },
    );
  });
});

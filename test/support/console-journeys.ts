import { type Locator, type Page } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { type SunkMail } from '@dondoc/devstack';
import { type IsoDate } from '@dondoc/domain';
import {
  type BrowserStack,
  DESKTOP,
  PHONE,
  artifactPath,
  checkAccessibility,
  clickUntilShown,
  expectNoHorizontalOverflow,
  keepScreenshots,
} from './browser';
import { type FilePayload, expectStatus, shownDate } from './browser-journeys';
import { sunkMailTo } from './browser-mail';
import { type Bucket } from './console-login';
import { type LoggedIn } from './registry';
import { seed } from './seed-plans';

/** Seed 003 as a typist might have left it: one agency's name misspelt, so the draft has a name to settle. */
export function seed003Misspelt(correct: string, misspelt: string): { name: string; text: string } {
  const { name, bytes } = seed('003');
  const original = bytes.toString('utf8');
  const text = original.replace(`Công nghệ, ${correct} và`, `Công nghệ, ${misspelt} và`);
  if (text === original) throw new Error(`seed 003 no longer lists “${correct}” where the journeys misspell it`);
  return { name, text };
}

/** On the import page: drops the document, names the province, uploads; lands on the draft review. Its plan id. */
export async function importPlanDocument(
  page: Page,
  document: { name: string; text: string; province: string },
): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Nhập kế hoạch từ văn bản' }).waitFor();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: document.name, mimeType: 'text/plain', buffer: Buffer.from(document.text) });
  await page.getByLabel('Tỉnh').fill(document.province);
  await checkAccessibility(page, 'plan-import');
  await page.getByRole('button', { name: 'Tải lên và đọc kế hoạch' }).click();
  const result = page.getByRole('region', { name: 'Kết quả đọc văn bản' });
  await result.getByText('Tên cơ quan chưa nhận diện').waitFor({ timeout: 30_000 });
  await result.getByRole('button', { name: 'Rà soát dự thảo' }).click();
  await page.waitForURL(/\/ke-hoach\/[0-9a-f-]+\/du-thao$/);
  return /\/ke-hoach\/([0-9a-f-]+)\/du-thao$/.exec(page.url())![1];
}

/** The draft review flags `misspelt` as the one unresolved name and shows first deadlines in dd/mm/yyyy. */
export async function draftFlags(page: Page, misspelt: string): Promise<Locator> {
  const unresolved = page.getByText(`chưa nhận diện được “${misspelt}”`);
  await unresolved.waitFor();
  await page.getByText('Tên cơ quan chưa nhận diện: 1').waitFor();
  await page
    .getByText(/Hạn đầu tiên: \d{2}\/\d{2}\/\d{4}/)
    .first()
    .waitFor();
  return unresolved;
}

/** Accessibility, screenshots at 1366×768 and 375 px under `name`, and no sideways scrolling on a phone. */
export async function keepPageViews(page: Page, name: string): Promise<void> {
  await checkAccessibility(page, name);
  console.info(`${name} screenshots: ${(await keepScreenshots(page, name)).join(', ')}`);
  await page.screenshot({ path: artifactPath(`${name}-1366x768-top.png`) });
  await page.setViewportSize(PHONE.viewport!);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize(DESKTOP.viewport!);
}

/** Settles an unresolved name by one of its suggestions; `taskCode`'s card then lists the agency picked. */
export async function settleFromSuggestions(
  page: Page,
  { misspelt, agency, taskCode }: { misspelt: string; agency: string; taskCode: string },
): Promise<void> {
  const suggestions = page.getByRole('group', { name: `Gợi ý cho “${misspelt}”` });
  await suggestions.getByRole('button', { name: `Chọn ${agency}` }).click();
  await namesSettled(page, misspelt, agency, taskCode);
}

/** Settles an unresolved name by searching the directory, when no suggestion is the right one. */
export async function settleBySearch(
  page: Page,
  { misspelt, query, agency, taskCode }: { misspelt: string; query: string; agency: string; taskCode: string },
): Promise<void> {
  const picker = page.getByRole('combobox', { name: `Tìm cơ quan cho “${misspelt}”` });
  await picker.click();
  await picker.fill(query);
  await page.locator('.ant-select-dropdown:visible').getByText(`Cơ quan: ${agency}`, { exact: true }).click();
  await namesSettled(page, misspelt, agency, taskCode);
}

async function namesSettled(page: Page, misspelt: string, agency: string, taskCode: string): Promise<void> {
  await page.getByText(`chưa nhận diện được “${misspelt}”`).waitFor({ state: 'detached' });
  await page.getByText('Tên cơ quan chưa nhận diện: 0').or(page.getByText('Không còn điểm nào')).waitFor();
  await page.getByRole('article', { name: taskCode }).getByText(agency).first().waitFor();
}

/** How periods already past their deadline are handled: opened now with `due`, or skipped. */
export type LatePeriods = { openNowDue: IsoDate } | 'skip';

/** From the draft review to the activation preview; chooses for late periods. How many it will open now. */
export async function previewActivation(page: Page, late: LatePeriods): Promise<number> {
  await page.getByRole('link', { name: 'Xem trước khi kích hoạt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kích hoạt kế hoạch' }).waitFor();
  await page.getByRole('heading', { name: 'Xem trước' }).waitFor();
  if (await page.getByRole('heading', { name: 'Các kỳ báo cáo đã quá hạn' }).isVisible()) {
    // Activated late in its year: the preview says why nothing would open for those periods.
    const lateNotice = page.getByText(/^Kế hoạch được kích hoạt muộn: \d+ kỳ báo cáo/);
    const lateCount = await lateNotice.textContent();
    if (!/muộn: [1-9]/.test(lateCount ?? '')) throw new Error(`the late periods are counted as “${lateCount}”`);
    if (await page.getByRole('heading', { name: 'Thư đầu tiên gửi tới (0 cơ quan)' }).isVisible()) {
      await page.getByText('Chưa cơ quan nào nhận thư: chưa có kỳ báo cáo nào mở khi kích hoạt.').waitFor();
    }
    await page.getByRole('radio', { name: 'Bỏ qua, bắt đầu từ kỳ tiếp theo' }).check();
    await page.getByText('Bỏ qua, bắt đầu từ kỳ sau').first().waitFor();
    if (late !== 'skip') {
      const due = shownDate(late.openNowDue);
      await page.getByRole('radio', { name: 'Mở ngay các kỳ này với hạn mới' }).check();
      await page.getByRole('textbox', { name: 'Hạn mới' }).waitFor();
      // No preview exists until the new due date is given; the periods it would open are still late meanwhile.
      const waiting = await lateNotice.textContent();
      if (waiting !== lateCount) throw new Error(`the late count went from “${lateCount}” to “${waiting}”`);
      await page.getByRole('textbox', { name: 'Hạn mới' }).fill(due);
      await page.getByRole('textbox', { name: 'Hạn mới' }).press('Enter');
      await page.getByText(`hạn mới ${due}`).first().waitFor();
    }
  }
  const summary = page.getByText(/^Kích hoạt sẽ giao ngay \d+ nhiệm vụ/);
  await summary.waitFor();
  return Number(/giao ngay (\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
}

/** Activates from the preview and waits until every assignment it counted has opened. */
export async function activate(page: Page, expected: number): Promise<void> {
  await page.getByRole('button', { name: 'Kích hoạt', exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Kích hoạt' }).click();
  await page.getByRole('heading', { name: 'Đang kích hoạt' }).waitFor();
  await page.getByText(new RegExp(`Kế hoạch đã được kích hoạt: đã giao ${expected} nhiệm vụ`)).waitFor({
    timeout: 180_000,
  });
}

/** Types a date as the page shows it (dd/mm/yyyy) into a date picker, then picks that day in its calendar. */
export async function pickDate(page: Page, field: Locator, date: IsoDate): Promise<void> {
  await field.click();
  await field.fill(shownDate(date));
  const calendar = page.locator('.ant-picker-dropdown:visible');
  // Two full runs in a row once saw the click land on the day (hovered and selected) and the calendar stay open,
  // never alone: a click that closed nothing is made again, as a person would.
  for (let attempt = 1; ; attempt += 1) {
    await calendar.locator(`td[title="${date}"]`).click();
    const closed = await calendar.waitFor({ state: 'detached', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (closed) return;
    if (attempt === 3) throw new Error(`the calendar stayed open after ${attempt} clicks on ${date}`);
  }
}

/** On an assignment's page: report `version` shows its text and its file. */
export async function reportShown(page: Page, version: number, text: string, file: FilePayload): Promise<void> {
  const report = page.getByRole('article', { name: `Báo cáo lần ${version}` });
  await report.getByText(text).waitFor();
  await report.getByRole('link', { name: file.name }).waitFor();
}

/** Returns the report with a comment and a new deadline; the timeline then names who did it. */
export async function returnReport(
  page: Page,
  { comment, newDue, by }: { comment: string; newDue: IsoDate; by: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trả lại báo cáo' });
  await dialog.getByLabel('Ý kiến gửi cơ quan').fill(comment);
  await pickDate(page, dialog.getByLabel('Hạn gửi lại'), newDue);
  await checkAccessibility(page, 'assignment-desk-return');
  await dialog.getByRole('button', { name: 'Trả lại báo cáo' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const returned = page.locator('.timeline-entry', { hasText: 'Trả lại báo cáo' });
  await returned.getByText(by).waitFor();
  await returned.getByText(comment).waitFor();
  await returned.getByText(shownDate(newDue)).waitFor();
  await page.getByText('Bị trả lại').first().waitFor();
}

/** Accepts the report, confirming as the dialog asks; nothing is left to do on the assignment. */
/** Accepts the report through the desk's dialog; `beforeDone` runs after the confirmation, while the dialog is open. */
export async function acceptReport(
  page: Page,
  { by, beforeDone }: { by: string; beforeDone?: (dialog: Locator) => Promise<void> },
): Promise<void> {
  await page.getByRole('button', { name: 'Tiếp nhận báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tiếp nhận báo cáo' });
  await clickUntilShown(
    dialog.getByRole('button', { name: 'Tiếp nhận báo cáo' }),
    dialog.getByText('Thao tác này không thể hoàn tác.'),
  );
  await dialog.getByRole('button', { name: 'Xác nhận tiếp nhận báo cáo' }).click();
  await beforeDone?.(dialog);
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Nhiệm vụ đã kết thúc, không còn thao tác nào.').waitFor();
  await page.locator('.timeline-entry', { hasText: 'Tiếp nhận báo cáo' }).getByText(by).waitFor();
}

export type Buckets = Record<Bucket, { count: number; percent: number }>;

/** The plan's four buckets as GET /api/plans/:id/status-report counts them: the ground truth for the dashboard. */
export async function bucketsCounted(
  stack: BrowserStack,
  actor: LoggedIn,
  planId: string,
): Promise<{ counted: number; buckets: Buckets }> {
  const path = `/api/plans/${planId}/status-report`;
  const response = expectStatus(await request(stack.http).get(path).set(actor.auth), 200, `GET ${path}`);
  return (response.body as { total: { counted: number; buckets: Buckets } }).total;
}

/** The ids of the mails `address` holds now: what came before a step, so the step's own mail can be told apart. */
export async function mailIdsTo(address: string): Promise<Set<number>> {
  return new Set((await sunkMailTo(address)).map((mail) => mail.id));
}

/** The first mail to `address` not in `before` whose subject starts with `prefix` and whose text has `containing`. */
export async function newMailTo(
  address: string,
  { prefix, containing = '', before }: { prefix: string; containing?: string; before: Set<number> },
  timeoutMs = 30_000,
): Promise<SunkMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await sunkMailTo(address);
    const found = all.find((mail) => {
      const subject = mail.subject.normalize('NFC');
      return !before.has(mail.id) && subject.startsWith(prefix.normalize('NFC')) && mail.text.includes(containing);
    });
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = all.map((mail) => `  ${mail.subject}`).join('\n') || '  (none)';
      throw new Error(
        `no new mail "${prefix}…" with "${containing}" to ${address} in ${timeoutMs} ms; it got:\n${seen}`,
      );
    }
    await sleep(200);
  }
}

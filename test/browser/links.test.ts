import { randomUUID } from 'node:crypto';
import { type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { hashLinkToken } from '@dondoc/auth';
import { type BrowserStack, checkAccessibility, openVisitor, startBrowserStack, withPage } from '../support/browser';
import {
  type AssignedWork,
  FRESH_LINK,
  assignTaskToNewAgency,
  openPersonalLink,
  reportPageShown,
} from '../support/browser-journeys';
import { linkFrom, mailWithSubject, settledCount, sunkMailTo, tampered, tokenOf } from '../support/browser-mail';
import { type LoggedIn, loginAs } from '../support/registry';

describe('personal links that do not work, and asking for a fresh one', () => {
  let stack: BrowserStack;
  let coordinator: LoggedIn;
  let work: AssignedWork;
  /** What the page says once a fresh link is asked for, whatever the address. */
  let renewalAnswer: string;

  beforeAll(async () => {
    stack = await startBrowserStack();
    coordinator = await loginAs(stack.app, stack.http, 'coordinator');
    work = await assignTaskToNewAgency(stack, coordinator);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** Opens a bad link: a 4xx answer with the link-problem page saying `title`. */
  async function openBadLink(page: Page, link: string, title: string): Promise<void> {
    const response = await page.goto(link);
    expect(response?.status()).toBeGreaterThanOrEqual(400);
    expect(response?.status()).toBeLessThan(500);
    await page.getByRole('heading', { name: title }).waitFor();
  }

  /** Asks for a fresh link on the link-problem page; returns what the page answers. */
  async function askForFreshLink(page: Page, email: string): Promise<string> {
    await page.getByLabel('Địa chỉ thư điện tử của cơ quan').fill(email);
    await page.getByRole('button', { name: 'Gửi cho tôi liên kết mới' }).click();
    const answer = page.getByRole('alert');
    await answer.waitFor();
    return (await answer.innerText()).trim();
  }

  it('answers a link copied wrong with 404 and "Liên kết không hợp lệ"', async () => {
    await withPage(stack.browser, 'tampered link', async (page) => {
      const response = await page.goto(tampered(work.link));
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { name: 'Liên kết không hợp lệ' }).waitFor();
      await page.getByRole('button', { name: 'Gửi cho tôi liên kết mới' }).waitFor();
    });
  });

  it('answers an expired link with 4xx, and sends one fresh link to the directory address', async () => {
    const [, expired] = await stack.app
      .get(DataSource)
      .query<[unknown[], number]>(
        `UPDATE personal_links SET expires_at = now() - interval '1 day' WHERE token_hash = $1`,
        [hashLinkToken(tokenOf(work.link))],
      );
    expect(expired).toBe(1);

    const visitor = await openVisitor(stack.browser);
    try {
      await visitor.step('expired link', async (page) => {
        await openBadLink(page, work.link, 'Liên kết đã hết hạn');
        await checkAccessibility(page, 'link-problem-page');
      });
      renewalAnswer = await visitor.step('ask for a fresh link with the directory address', (page) =>
        askForFreshLink(page, work.email),
      );
      expect(renewalAnswer).not.toBe('');

      const fresh = await mailWithSubject(work.email, FRESH_LINK);
      expect(await settledCount(work.email, FRESH_LINK)).toBe(1);
      await visitor.step('open the fresh link', async (page) => {
        await openPersonalLink(page, linkFrom(fresh), `/bao-cao/${work.assignmentId}`);
        await reportPageShown(page, work);
        await page.getByRole('button', { name: 'Gửi báo cáo', exact: true }).waitFor();
      });
    } finally {
      await visitor.close();
    }
  });

  it('gives an unknown address the same answer and sends nothing', async () => {
    const unknown = `khong-dang-ky-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
    const before = (await sunkMailTo(work.email)).length;
    const answer = await withPage(stack.browser, 'fresh link for an unknown address', async (page) => {
      await openBadLink(page, tampered(work.link), 'Liên kết không hợp lệ');
      return askForFreshLink(page, unknown);
    });
    expect(answer).toBe(renewalAnswer);
    expect(await settledCount(unknown, '')).toBe(0);
    expect((await sunkMailTo(work.email)).length).toBe(before);
  });
});

import { type Locator, type Page } from 'playwright-core';
import request from 'supertest';
import { type IsoDate } from '@dondoc/domain';
import { type AgencyEntity } from '@dondoc/persistence';
import { type BrowserStack, clickUntilShown } from './browser';
import { linkFrom, mailWithSubject } from './browser-mail';
import { daysFromToday, eventually, onceDue, seedPlanWithTask, workflowStarted } from './orchestration';
import { type LoggedIn, seedAgency } from './registry';

type Response = Awaited<ReturnType<ReturnType<typeof request>['get']>>;

/** A response with the status a step needs, or an error naming the request and what came back instead. */
export function expectStatus(response: Response, status: number, what: string): Response {
  if (response.status !== status) {
    throw new Error(`${what}: answered ${response.status}, not ${status}: ${response.text.slice(0, 2000)}`);
  }
  return response;
}

/** dd/mm/yyyy, as the pages show a date. */
export const shownDate = (date: string): string => date.slice(0, 10).split('-').reverse().join('/');

export interface AssignedWork {
  agency: AgencyEntity;
  /** The agency's directory address: where its mails go. */
  email: string;
  planId: string;
  task: { code: string; title: string };
  assignmentId: string;
  due: IsoDate;
  /** The personal link in the "giao nhiệm vụ" mail. */
  link: string;
}

export const ASSIGNED = '[dondoc] Giao nhiệm vụ';
export const RECEIPT = '[dondoc] Đã nhận báo cáo';
export const RETURNED = '[dondoc] Báo cáo bị trả lại';
export const FRESH_LINK = '[dondoc] Liên kết mới để gửi báo cáo';

/**
 * A new agency leading the one task of a new plan, activated by `coordinator` (with `coordinating` more agencies
 * coordinating it): waits for the assignments' workflows and for the mail that gives the lead its personal link.
 */
export async function assignTaskToNewAgency(
  stack: BrowserStack,
  coordinator: LoggedIn,
  { coordinating = 0 } = {},
): Promise<AssignedWork & { coordinating: Array<{ agency: AgencyEntity; assignmentId: string }> }> {
  const { app, http } = stack;
  const agency = await seedAgency(app);
  const others: AgencyEntity[] = [];
  for (let index = 0; index < coordinating; index += 1) {
    others.push(await seedAgency(app, { name: `Sở Nội vụ tỉnh Lai Châu ${index + 1}` }));
  }
  const due = daysFromToday(10);
  const { plan, task } = await seedPlanWithTask(app, [agency, ...others], onceDue(due));
  expectStatus(
    await request(http).post(`/api/plans/${plan.id}/activate`).set(coordinator.auth).send({}),
    202,
    `POST /api/plans/${plan.id}/activate`,
  );
  const rows = await eventually(
    async () =>
      (await request(http).get(`/api/plans/${plan.id}/assignments`).set(coordinator.auth)).body as {
        items?: Array<{ id: string; agencyId: string; workflowId: string | null }>;
      },
    (page) => page.items?.length === 1 + coordinating && page.items.every((item) => Boolean(item.workflowId)),
    { what: 'the assignments of the activated plan', timeoutMs: 30_000 },
  );
  for (const row of rows.items!) await workflowStarted(app, row.workflowId!);
  const assignmentOf = (holder: AgencyEntity) => rows.items!.find((item) => item.agencyId === holder.id)!.id;
  const email = agency.focalEmails[0];
  const assigned = await mailWithSubject(email, ASSIGNED);
  return {
    agency,
    email,
    planId: plan.id,
    task: { code: task.code, title: task.title },
    assignmentId: assignmentOf(agency),
    due,
    link: linkFrom(assigned),
    coordinating: others.map((other) => ({ agency: other, assignmentId: assignmentOf(other) })),
  };
}

/** The coordinator's review, through the API with a bearer token. */
export async function review(
  stack: BrowserStack,
  coordinator: LoggedIn,
  assignmentId: string,
  body: { outcome: 'accepted' | 'returned'; comment?: string; newDue?: IsoDate },
): Promise<void> {
  const response = await request(stack.http)
    .post(`/api/assignments/${assignmentId}/review`)
    .set(coordinator.auth)
    .send(body);
  expectStatus(response, 200, `POST /api/assignments/${assignmentId}/review ${JSON.stringify(body)}`);
}

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const REPORT_PDF: FilePayload = {
  name: 'Báo cáo kết quả.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
};

export const CONFERENCE_PNG: FilePayload = {
  name: 'ảnh hội nghị.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** Opens a personal link; the server redirects to the page it grants. Returns the redirect's status. */
export async function openPersonalLink(page: Page, link: string, landsOn: string): Promise<number | undefined> {
  const response = await page.goto(link);
  expect(new URL(page.url()).pathname).toBe(landsOn);
  expect(response?.ok()).toBe(true);
  return (await response?.request().redirectedFrom()?.response())?.status();
}

/** Waits for the report page of `work` to show its task. */
export async function reportPageShown(page: Page, work: AssignedWork): Promise<void> {
  await page.getByRole('heading', { level: 1, name: work.task.title }).waitFor();
}

/** Fills the report form as a person does and sends it; waits for the page to show it sent, files and all. */
export async function sendReport(
  page: Page,
  text: string,
  files: readonly FilePayload[] = [],
  { tap = false } = {},
): Promise<void> {
  await page.getByLabel('Nội dung báo cáo kết quả').fill(text);
  if (files.length > 0) {
    await page.getByLabel('Tệp đính kèm').setInputFiles([...files]);
    const chosen = page.locator('.ant-upload-list');
    for (const file of files) await chosen.getByText(file.name, { exact: true }).waitFor();
  }
  const send = page.getByRole('button', { name: 'Gửi báo cáo', exact: true });
  const sent = page.getByText(/^Đã gửi báo cáo\./);
  // Seen lost under load: the form filled, the button idle, nothing sent. Sending shows the button busy at once.
  await clickUntilShown(send, sent.or(page.locator('button.ant-btn-loading')).first(), { tap });
  await sent.waitFor();
  // The report just sent lists its files under the names they were chosen with.
  for (const file of files) await page.getByRole('link', { name: file.name, exact: true }).first().waitFor();
}

export interface ReportViewBody {
  assignment: { id: string; status: string; canSubmit: boolean };
  history: Array<
    | { kind: 'submission'; version: number; reportText: string; attachments: Array<{ filename: string }> }
    | { kind: 'review' | 'extension' }
  >;
}

export async function reportView(stack: BrowserStack, actor: LoggedIn, assignmentId: string) {
  const path = `/api/assignments/${assignmentId}/report-view`;
  const response = expectStatus(await request(stack.http).get(path).set(actor.auth), 200, `GET ${path}`);
  return response.body as ReportViewBody;
}

/** Picks `label` in a labelled list: a native <select>, or an antd Select's dropdown. */
export async function choose(page: Page, field: Locator, label: string): Promise<void> {
  await field.waitFor();
  if ((await field.locator('xpath=self::select').count()) > 0) {
    await field.selectOption({ label });
    return;
  }
  await field.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
}

import { type INestApplication } from '@nestjs/common';
import ICAL from 'ical.js';
import request from 'supertest';
import { atLocalTime, planReminders, withPolicyDefaults, WorkingCalendar } from '@dondoc/domain';
import { type AgencyEntity, AuditEventRepository, CalendarAdjustmentRepository } from '@dondoc/persistence';
import { problemOf, rowOf } from '../support/bodies';
import { mailsTo } from '../support/mail-sink-client';
import {
  activateAndAwaitAssignments,
  daysFromToday,
  eventually,
  onceDue,
  seedPlanWithTask,
  sentNotification,
} from '../support/orchestration';
import { type LoggedIn, loginAs, seedAgency } from '../support/registry';
import { type HttpTarget, runWorker, stackConfig, startApi } from '../support/stack-apps';

interface Feed {
  scope: string;
  url: string | null;
  generation: number;
  revokedAt: string | null;
}

const FEED_URL = /\/api\/feeds\/[A-Za-z0-9_-]{65}\.ics$/;
const POLICY = { reminderDaysBefore: [5, 0], sendTime: '07:30' };
const pathOf = (url: string): string => new URL(url).pathname;
const eventsIn = (ics: string) =>
  ICAL.Component.fromString(ics)
    .getAllSubcomponents('vevent')
    .map((event) => new ICAL.Event(event));

describe('private calendar feeds: each agency’s and each plan’s open deadlines, in any calendar', () => {
  let app: INestApplication;
  let http: HttpTarget;
  let stopWorker: () => Promise<void>;
  let coordinator: LoggedIn;
  let officer: LoggedIn;
  let viewer: LoggedIn;
  let agencies: AgencyEntity[];
  let planId: string;
  let assignmentIds: Record<string, string>;
  const due = daysFromToday(20);

  beforeAll(async () => {
    const config = stackConfig();
    ({ app, http } = await startApi(config));
    stopWorker = await runWorker(config);
    coordinator = await loginAs(app, http, 'coordinator');
    viewer = await loginAs(app, http, 'viewer');
    agencies = [await seedAgency(app), await seedAgency(app, { name: 'Sở Nội vụ tỉnh Lai Châu' })];
    officer = await loginAs(app, http, 'agency_officer', { agencyId: agencies[0].id });
    const { plan } = await seedPlanWithTask(app, agencies, onceDue(due));
    planId = plan.id;
    await request(http).put(`/api/plans/${planId}/policy`).set(coordinator.auth).send(POLICY).expect(200);
    assignmentIds = await activateAndAwaitAssignments(app, http, coordinator.auth, planId, 2);
  });

  afterAll(async () => {
    await stopWorker();
    await app.close();
  });

  const agencyFeed = (actor: LoggedIn = officer, agencyId = agencies[0].id) =>
    request(http).get(`/api/agencies/${agencyId}/calendar-feed`).set(actor.auth);
  const fetchFeed = (url: string) => request(http).get(pathOf(url));
  const currentUrl = async (): Promise<string> => rowOf<Feed>(await agencyFeed().expect(200)).url!;

  it('gives an officer their own agency’s feed, the office any agency’s, and nobody else one', async () => {
    const feed = rowOf<Feed>(await agencyFeed().expect(200));
    expect(feed).toEqual({ scope: 'agency', url: expect.stringMatching(FEED_URL), generation: 1, revokedAt: null });
    expect(rowOf<Feed>(await agencyFeed(coordinator).expect(200)).url).toBe(feed.url);
    await agencyFeed(officer, agencies[1].id).expect(404);
    await agencyFeed(viewer).expect(403);
    await request(http).get(`/api/plans/${planId}/calendar-feed`).set(officer.auth).expect(403);
  });

  it('serves text/calendar that parses back: its open deadline, all day, in Asia/Ho_Chi_Minh, with the plan’s reminders', async () => {
    const response = await fetchFeed(await currentUrl()).expect(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = ICAL.Component.fromString(response.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Hạn báo cáo: ${agencies[0].name}`);
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const [event, ...others] = eventsIn(response.text);
    expect(others).toEqual([]);
    expect(event.uid).toBe(`assignment-${assignmentIds[agencies[0].id]}@dondoc`);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(due);
    expect(event.sequence).toBe(1);
    expect(event.summary).toBe(
      'Hạn báo cáo nhiệm vụ II.1: Tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    expect(event.description).toContain(`/bao-cao/${assignmentIds[agencies[0].id]}`);

    const year = Number(due.slice(0, 4));
    const workingDays = new WorkingCalendar(await app.get(CalendarAdjustmentRepository).forYears(year - 1, year + 1));
    const expected = planReminders(due, withPolicyDefaults(POLICY), workingDays)
      .filter((notice) => notice.kind === 'reminder')
      .map((notice) => (notice.sendAt - atLocalTime(due, '00:00')) / 1000);
    const alarms = event.component.getAllSubcomponents('valarm');
    expect(alarms.map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())).toEqual(
      expected,
    );
    expect(expected).toHaveLength(2);
  });

  it('shows the feed’s address in the agency’s mail and on its report page, to those who may hold it', async () => {
    const url = await currentUrl();
    const [given] = await mailsTo(agencies[0].focalEmails[0]);
    expect(given.subject).toMatch(/^\[dondoc\] Giao nhiệm vụ/);
    expect(given.text).toContain(`Thêm các hạn báo cáo vào lịch của bạn (đăng ký lịch): ${url}`);
    const key = `assignment:${assignmentIds[agencies[0].id]}:v1:assigned:to:${agencies[0].focalEmails[0]}`;
    const stored = await sentNotification(app, key);
    expect(stored?.textBody).toContain('/api/feeds/[đã ẩn].ics');
    expect(stored?.textBody).not.toContain(pathOf(url));
    const reportView = (actor: LoggedIn) =>
      request(http).get(`/api/assignments/${assignmentIds[agencies[0].id]}/report-view`).set(actor.auth).expect(200);
    expect(rowOf<{ calendarFeedUrl: string | null }>(await reportView(officer)).calendarFeedUrl).toBe(url);
    expect(rowOf<{ calendarFeedUrl: string | null }>(await reportView(viewer)).calendarFeedUrl).toBeNull();
  });

  it('moves the same event when the deadline is extended: new date, higher SEQUENCE', async () => {
    const url = await currentUrl();
    const newDue = daysFromToday(35);
    await request(http)
      .post(`/api/assignments/${assignmentIds[agencies[0].id]}/extend`)
      .set(coordinator.auth)
      .send({ newDue, reason: 'Theo đề nghị của Sở Tư pháp' })
      .expect(200);
    const [moved] = await eventually(
      async () => eventsIn((await fetchFeed(url).expect(200)).text),
      ([event]) => event?.startDate.toString() === newDue,
      { what: 'the event on its new date' },
    );
    expect(moved.uid).toBe(`assignment-${assignmentIds[agencies[0].id]}@dondoc`);
    expect(moved.sequence).toBe(2);
  });

  it('lists every agency’s open deadline in the plan’s feed, for the office', async () => {
    const feed = rowOf<Feed>(await request(http).get(`/api/plans/${planId}/calendar-feed`).set(coordinator.auth));
    expect(feed).toMatchObject({ scope: 'plan', url: expect.stringMatching(FEED_URL) });
    const events = eventsIn((await fetchFeed(feed.url!).expect(200)).text);
    expect(events.map((event) => event.uid).sort()).toEqual(
      Object.values(assignmentIds)
        .map((id) => `assignment-${id}@dondoc`)
        .sort(),
    );
    expect(events.map((event) => event.summary.split(':')[0]).sort()).toEqual(
      agencies.map((agency) => agency.name).sort(),
    );
  });

  it('regenerates on request: the old URL answers 404, the new one serves the feed', async () => {
    const old = await currentUrl();
    const regenerated = rowOf<Feed>(
      await request(http)
        .post(`/api/agencies/${agencies[0].id}/calendar-feed/regenerate`)
        .set(officer.auth)
        .expect(200),
    );
    expect(regenerated).toMatchObject({ generation: 2, revokedAt: null, url: expect.stringMatching(FEED_URL) });
    expect(regenerated.url).not.toBe(old);
    const refused = await fetchFeed(old).expect(404);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    await fetchFeed(regenerated.url!).expect(200);
  });

  it('refuses a revoked feed exactly as one that never existed, and shows it nowhere, until regenerated', async () => {
    const url = await currentUrl();
    await request(http).delete(`/api/agencies/${agencies[0].id}/calendar-feed`).set(officer.auth).expect(204);
    const revoked = await fetchFeed(url).expect(404);
    const tampered = url.replace(/(.)\.ics$/, (_, last: string) => `${last === 'A' ? 'B' : 'A'}.ics`);
    const unknown = await fetchFeed(tampered).expect(404);
    await fetchFeed('https://x/api/feeds/not-a-token.ics').expect(404);
    expect(problemOf(revoked)).toEqual({ ...problemOf(unknown), instance: pathOf(url) });
    expect(rowOf<Feed>(await agencyFeed().expect(200))).toMatchObject({ url: null, revokedAt: expect.any(String) });
    const view = await request(http)
      .get(`/api/assignments/${assignmentIds[agencies[0].id]}/report-view`)
      .set(officer.auth)
      .expect(200);
    expect(rowOf<{ calendarFeedUrl: string | null }>(view).calendarFeedUrl).toBeNull();

    const restored = rowOf<Feed>(
      await request(http)
        .post(`/api/agencies/${agencies[0].id}/calendar-feed/regenerate`)
        .set(coordinator.auth)
        .expect(200),
    );
    expect(restored).toMatchObject({ generation: 3, revokedAt: null });
    await fetchFeed(url).expect(404);
    await fetchFeed(restored.url!).expect(200);
  });

  it('records who regenerated and revoked a feed in the audit trail', async () => {
    const events = await app.get(AuditEventRepository).list({ entityType: 'calendar-feed', pageSize: 100 });
    const actions = events.items
      .filter((event) => (event.after as { subjectId?: string } | null)?.subjectId === agencies[0].id)
      .map((event) => event.action)
      .sort();
    expect(actions).toEqual(['calendar-feed.regenerate', 'calendar-feed.regenerate', 'calendar-feed.revoke']);
  });
});

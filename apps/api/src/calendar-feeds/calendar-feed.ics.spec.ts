import ICAL from 'ical.js';
import { WorkingCalendar } from '@dondoc/domain';
import { type FeedDeadline } from '@dondoc/persistence';
import { calendarFeedIcs, type CalendarFeedFacts } from './calendar-feed.ics';

const deadline = (overrides: Partial<FeedDeadline> = {}): FeedDeadline => ({
  assignmentId: '3f6c1d2e-4b5a-4c7d-9e8f-0a1b2c3d4e5f',
  dueDate: '2026-03-20',
  deadlineVersion: 1,
  status: 'pending',
  role: 'lead',
  agencyName: 'Sở Tài chính tỉnh Lai Châu',
  planId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  planNumber: '125/KH-UBND',
  planTitle: 'Phổ biến, giáo dục pháp luật năm 2026',
  planPolicy: null,
  taskCode: '2.1',
  taskTitle: 'Tổ chức Ngày Pháp luật',
  ...overrides,
});

const facts = (overrides: Partial<CalendarFeedFacts> = {}): CalendarFeedFacts => ({
  scope: 'agency',
  subject: 'Sở Tài chính tỉnh Lai Châu',
  deadlines: [deadline()],
  publicUrl: 'https://dondoc.laichau.gov.vn',
  calendar: new WorkingCalendar(),
  generatedAt: new Date('2026-03-01T02:00:00Z'),
  ...overrides,
});

const parse = (ics: string) => ICAL.Component.fromString(ics);
const eventsOf = (ics: string) => parse(ics).getAllSubcomponents('vevent');
const triggersOf = (event: ICAL.Component) =>
  event.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')));

describe('calendarFeedIcs', () => {
  it('parses back as one VCALENDAR named in Vietnamese, in Asia/Ho_Chi_Minh, published to be refreshed', () => {
    const ics = calendarFeedIcs(facts());
    const calendar = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Hạn báo cáo: Sở Tài chính tỉnh Lai Châu');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(String(zone.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto'))).toBe('+07:00');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('gives each open deadline an all-day event on its date, with a UID of its own and its deadline version', () => {
    const moved = deadline({ assignmentId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', dueDate: '2026-04-15' });
    const [first, second] = eventsOf(
      calendarFeedIcs(facts({ deadlines: [deadline(), { ...moved, deadlineVersion: 3 }] })),
    ).map((component) => new ICAL.Event(component));
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2026-03-20');
    expect(first.endDate.toString()).toBe('2026-03-21');
    expect(first.uid).toBe('assignment-3f6c1d2e-4b5a-4c7d-9e8f-0a1b2c3d4e5f@dondoc');
    expect(first.sequence).toBe(1);
    expect(second.startDate.toString()).toBe('2026-04-15');
    expect(second.uid).toBe('assignment-b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e@dondoc');
    expect(second.sequence).toBe(3);
    expect(String(first.component.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T02:00:00Z');
  });

  it('names the task in Vietnamese, and the plan and the report page in the description', () => {
    const [event] = eventsOf(calendarFeedIcs(facts())).map((component) => new ICAL.Event(component));
    expect(event.summary).toBe('Hạn báo cáo nhiệm vụ 2.1: Tổ chức Ngày Pháp luật');
    expect(event.description).toContain('Kế hoạch số 125/KH-UBND: Phổ biến, giáo dục pháp luật năm 2026');
    expect(event.description).toContain(
      'Gửi báo cáo tại: https://dondoc.laichau.gov.vn/bao-cao/3f6c1d2e-4b5a-4c7d-9e8f-0a1b2c3d4e5f',
    );
    expect(event.component.getFirstPropertyValue('url')).toBe(
      'https://dondoc.laichau.gov.vn/bao-cao/3f6c1d2e-4b5a-4c7d-9e8f-0a1b2c3d4e5f',
    );
  });

  it('names the agency in a plan’s feed, and a coordinating agency’s input as such', () => {
    const ics = calendarFeedIcs(
      facts({ scope: 'plan', subject: 'Kế hoạch số 125/KH-UBND', deadlines: [deadline({ role: 'coordinating' })] }),
    );
    expect(parse(ics).getFirstPropertyValue('x-wr-calname')).toBe('Hạn báo cáo: Kế hoạch số 125/KH-UBND');
    expect(new ICAL.Event(eventsOf(ics)[0]).summary).toBe(
      'Sở Tài chính tỉnh Lai Châu: hạn gửi kết quả phối hợp nhiệm vụ 2.1: Tổ chức Ngày Pháp luật',
    );
  });

  it('reminds as the plan’s policy does: 08:00 on 7, 3 and 1 days before and on the day, by default', () => {
    const [event] = eventsOf(calendarFeedIcs(facts()));
    expect(triggersOf(event)).toEqual(['-P6DT16H', '-P2DT16H', '-PT16H', 'PT8H']);
    expect(event.getFirstSubcomponent('valarm')!.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('follows a plan’s own policy, and moves a reminder off a day off as the mails do', () => {
    const policy = { reminderDaysBefore: [2], sendTime: '14:30' };
    const [custom] = eventsOf(calendarFeedIcs(facts({ deadlines: [deadline({ planPolicy: policy })] })));
    expect(triggersOf(custom)).toEqual(['-P1DT9H30M']);
    // Due Tuesday 24/2/2026: the reminders of 17/2 and 21/2 fall in the Tết break and move to Friday 13/2.
    const [afterTet] = eventsOf(calendarFeedIcs(facts({ deadlines: [deadline({ dueDate: '2026-02-24' })] })));
    expect(triggersOf(afterTet)[0]).toBe('-P10DT16H');
  });

  it('sets no reminder on a report already sent and awaiting review', () => {
    const [event] = eventsOf(calendarFeedIcs(facts({ deadlines: [deadline({ status: 'submitted' })] })));
    expect(triggersOf(event)).toEqual([]);
  });

  it('writes Vietnamese text composed (NFC), whatever form it was stored in', () => {
    const ics = calendarFeedIcs(
      facts({ deadlines: [deadline({ taskTitle: 'Tổ chức Ngày Pháp luật'.normalize('NFD') })] }),
    );
    expect(ics).toContain('Tổ chức Ngày Pháp luật'.normalize('NFC'));
    expect(ics).toBe(ics.normalize('NFC'));
  });

  it('is a valid calendar with no events when nothing is open', () => {
    expect(eventsOf(calendarFeedIcs(facts({ deadlines: [] })))).toEqual([]);
  });
});

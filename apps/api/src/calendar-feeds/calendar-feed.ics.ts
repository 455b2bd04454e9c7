import ical, {
  ICalAlarmRelatesTo,
  ICalAlarmType,
  ICalCalendarMethod,
  type ICalEvent,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import {
  addDays,
  atLocalTime,
  type IsoDate,
  planNumberLabel,
  planReminders,
  VIETNAM_TIME_ZONE,
  withPolicyDefaults,
  type WorkingDays,
} from '@dondoc/domain';
import { pageUrls } from '@dondoc/notifications';
import { type AssignmentStatus, type CalendarFeedScope, type FeedDeadline } from '@dondoc/persistence';

export interface CalendarFeedFacts {
  scope: CalendarFeedScope;
  /** The agency's name, or the plan's label. */
  subject: string;
  deadlines: readonly FeedDeadline[];
  publicUrl: string;
  /** The working days the plan's reminders are moved on, as the mails' are. */
  calendar: WorkingDays;
  generatedAt: Date;
}

/** Vietnam has kept UTC+7 without daylight saving since 1975: one fixed observance describes it. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${VIETNAM_TIME_ZONE}`,
  `X-LIC-LOCATION:${VIETNAM_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:+07',
  'DTSTART:19750613T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const STATUS: Record<AssignmentStatus, string> = {
  pending: 'chưa gửi báo cáo',
  in_progress: 'đang thực hiện',
  submitted: 'đã gửi báo cáo, đang chờ xem xét',
  returned: 'báo cáo bị trả lại, cần gửi lại',
  overdue: 'quá hạn',
  accepted: 'đã tiếp nhận',
  waived: 'được miễn',
  cancelled: 'đã hủy',
};
const ROLE = { lead: 'cơ quan chủ trì', coordinating: 'cơ quan phối hợp' } as const;
const DUE = { lead: 'hạn báo cáo nhiệm vụ', coordinating: 'hạn gửi kết quả phối hợp nhiệm vụ' } as const;
const SECONDS_PER_MS = 1 / 1000;

/**
 * The feed as RFC 5545 text: one all-day event per open deadline (its UID is the assignment's, its SEQUENCE the
 * deadline version, so a moved deadline updates the same event), with the plan's reminders as alarms.
 */
export function calendarFeedIcs(facts: CalendarFeedFacts): string {
  const calendar = ical({
    name: nfc(`Hạn báo cáo: ${facts.subject}`),
    description: nfc(`Các hạn báo cáo chưa hoàn thành của ${facts.subject}, do dondoc cập nhật.`),
    prodId: { company: 'dondoc', product: 'dondoc', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  for (const deadline of facts.deadlines) {
    const event = calendar.createEvent({ id: uidOf(deadline), start: deadline.dueDate, allDay: true });
    addDeadline(event, deadline, facts);
  }
  return withVietnamTimeZone(calendar.toString());
}

function addDeadline(event: ICalEvent, deadline: FeedDeadline, facts: CalendarFeedFacts): void {
  const due = deadline.dueDate as IsoDate;
  const reportUrl = pageUrls(facts.publicUrl).report(deadline.assignmentId);
  const task = `${deadline.taskCode}: ${deadline.taskTitle}`;
  const plan = planNumberLabel(deadline.planNumber);
  event
    .sequence(deadline.deadlineVersion)
    .stamp(facts.generatedAt)
    .end(addDays(due, 1))
    .summary(
      nfc(
        facts.scope === 'plan'
          ? `${deadline.agencyName}: ${DUE[deadline.role]} ${task}`
          : `${capitalise(DUE[deadline.role])} ${task}`,
      ),
    )
    .description(
      nfc(
        [
          `${plan}: ${deadline.planTitle}`,
          `Nhiệm vụ ${task}`,
          `Cơ quan: ${deadline.agencyName} (${ROLE[deadline.role]})`,
          `Tình trạng: ${STATUS[deadline.status]}`,
          `Gửi báo cáo tại: ${reportUrl}`,
        ].join('\n'),
      ),
    )
    .url(reportUrl)
    .status(ICalEventStatus.CONFIRMED)
    .transparency(ICalEventTransparency.TRANSPARENT);
  // A report sent and awaiting review is reminded of no more, in mail or in the calendar.
  if (deadline.status === 'submitted') return;
  const dayStarts = atLocalTime(due, '00:00');
  const policy = withPolicyDefaults(deadline.planPolicy);
  for (const notice of planReminders(due, policy, facts.calendar).filter((n) => n.kind === 'reminder')) {
    event
      .createAlarm({
        type: ICalAlarmType.display,
        trigger: (dayStarts - notice.sendAt) * SECONDS_PER_MS,
        description: nfc(
          notice.daysLeft > 0
            ? `Còn ${notice.daysLeft} ngày đến ${DUE[deadline.role]} ${task}`
            : `Hôm nay là ${DUE[deadline.role]} ${task}`,
        ),
      })
      // Set after the trigger: ical-generator would otherwise relate a trigger after the start to the event's end.
      .relatesTo(ICalAlarmRelatesTo.start);
  }
}

/** Stable per assignment, in every feed that lists it: a calendar updates the event instead of adding another. */
const uidOf = (deadline: FeedDeadline): string => `assignment-${deadline.assignmentId}@dondoc`;

/**
 * ical-generator's own time-zone option writes DTSTAMP without its UTC "Z" unless a time-zone library is installed,
 * which RFC 5545 forbids; every value here is a date or UTC, so the zone is only declared, before the first event.
 */
function withVietnamTimeZone(ics: string): string {
  const at = ics.search(/^(BEGIN:VEVENT|END:VCALENDAR)/m);
  return `${ics.slice(0, at)}X-WR-TIMEZONE:${VIETNAM_TIME_ZONE}\r\n${VTIMEZONE.join('\r\n')}\r\n${ics.slice(at)}`;
}

const nfc = (text: string): string => text.normalize('NFC');
const capitalise = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

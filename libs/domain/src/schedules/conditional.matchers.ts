import { type EventRelativeSchedule, type InterpretedTimeframe } from './schedule.types';
import { ONGOING_SOURCE, type TimeframeInput, type TimeframeMatcher } from './timeframe-text';

// "Trong quá trình soạn thảo", "Song song với việc lấy ý kiến dự thảo": the work keeps pace with a draft whose dates
// the plan cannot know, so it is asked for when the draft is there. ("trong" is already taken off the front.)
const DRAFTING =
  '(?:(?:song song|đồng thời) với )?(?:quá trình|thời gian|việc) (?:soạn thảo|lấy ý kiến|góp ý|thẩm định|xây dựng (?=dự thảo|văn bản|dự án))[^;\\d]*';
const ON_REQUEST = new RegExp(
  String.raw`^(?:(?:khi có|theo) (?:yêu cầu|chỉ đạo|kế hoạch|hướng dẫn|đề nghị|tiến độ|lộ trình|quy định|lịch(?: công tác)?)(?:(?:,| và) (?:yêu cầu|chỉ đạo|hướng dẫn))*(?: riêng| được (?:phê )?duyệt| được ban hành| của pháp luật| hiện hành| số \S+)?|theo từng thời điểm|theo (?:yêu cầu|tình hình) thực tế|tùy (?:theo )?tình hình(?: thực tế)?|theo tiến độ (?:xây dựng|soạn thảo|ban hành|triển khai) [^,;]+|${DRAFTING}|theo (?:thời gian|lịch) tổ chức [^,;]+|(?:thời gian cụ thể )?(?:theo thông báo(?: sau)?|sẽ (?:có |được )?thông báo sau)|khi được yêu cầu|khi cần thiết|đột xuất(?: theo yêu cầu| khi có yêu cầu)?)(?: của (.+))?$`,
  'd',
);
const FROM_EVENT = /^từ khi (.+?)(?: (?:đến|tới) (?:hết )?(?:năm )?(\d{4}))?$/d;
// "Trong thời hạn 10 ngày, kể từ …", "Chậm nhất 30 ngày sau khi …", "Không quá 15 ngày kể từ …".
const WITHIN_DAYS =
  /^(?:chậm nhất |không quá |không muộn hơn )?(?:thời hạn |vòng )?(\d+) ngày,? (?:kể từ|từ|sau)(?: ngày| khi)? (.+)$/d;
// "Ngay sau khi …", "Kịp thời sau khi …": as soon as it has happened.
const AFTER_EVENT = /^(?:ngay |kịp thời,? )?sau (?:khi )?(.+)$/d;
// "Trước ngày Luật có hiệu lực": due the day before an event; a day or year written ("trước ngày 20/11") is a date.
const BEFORE_EVENT = /^trước (?:ngày|khi) (.+)$/d;
// "Trước kỳ họp thứ 10 HĐND tỉnh", "Trước Hội nghị tổng kết": a meeting is an event, its number no date.
const BEFORE_MEETING = /^trước ((?:các |mỗi )?(?:kỳ họp|phiên họp|hội nghị) (?:(?!\d{1,2}\/\d).)+)$/d;
// "Ngay khi có văn bản mới", "Kịp thời khi …": as soon as it happens, which is what "khi" means here too.
const WHEN_EVENT = /^(?:ngay |kịp thời,? )?khi (.+)$/d;

// The plain key only loses a prefix and keeps its length otherwise, so a span of it maps onto the display text.
function quote(input: TimeframeInput, match: RegExpExecArray, group: number): string {
  const [start, end] = match.indices?.[group] ?? [0, 0];
  const shift = input.display.length - input.plain.length;
  return input.display.slice(start + shift, end + shift);
}

// "Theo kế hoạch của Bộ Tư pháp (dự kiến Quý III/2026)": a time after the requester is no part of its name.
const NAMES_A_TIME = /\d{4}|(?:^|\s)(?:quý|tháng \d)/u;

const onRequest: TimeframeMatcher = (input) => {
  const match = ON_REQUEST.exec(input.plain);
  if (!match || NAMES_A_TIME.test(match[1] ?? '')) return null;
  const requester = match[1] === undefined ? null : quote(input, match, 1);
  return { schedule: { kind: 'onRequest', text: input.text, requester }, warnings: [] };
};

const event = (input: TimeframeInput, fields: Omit<EventRelativeSchedule, 'kind' | 'text'>): InterpretedTimeframe => ({
  schedule: { kind: 'eventRelative', text: input.text, ...fields },
  warnings: [],
});

// "Ngay sau khi Luật được thông qua và thường xuyên": ongoing work from the event, which the ongoing reading tells.
const THEN_ONGOING = new RegExp(`,? và ${ONGOING_SOURCE}$`);

const eventRelative: TimeframeMatcher = (input) => {
  if (THEN_ONGOING.test(input.plain)) return null;
  const within = WITHIN_DAYS.exec(input.plain);
  if (within) {
    const offsetDays = Number(within[1]);
    return event(input, { event: quote(input, within, 2), relation: 'within', offsetDays, untilYear: null });
  }
  const from = FROM_EVENT.exec(input.plain);
  if (from) {
    const untilYear = from[2] === undefined ? null : Number(from[2]);
    return event(input, { event: quote(input, from, 1), relation: 'from', offsetDays: null, untilYear });
  }
  const before = (/\d/.test(input.key) ? null : BEFORE_EVENT.exec(input.plain)) ?? BEFORE_MEETING.exec(input.plain);
  if (before)
    return event(input, { event: quote(input, before, 1), relation: 'before', offsetDays: null, untilYear: null });
  const afterEvent = AFTER_EVENT.exec(input.plain);
  const after = afterEvent ?? WHEN_EVENT.exec(input.plain);
  if (!after) return null;
  const relation = after === afterEvent ? 'after' : 'from';
  return event(input, { event: quote(input, after, 1), relation, offsetDays: null, untilYear: null });
};

export const CONDITIONAL_MATCHERS: readonly TimeframeMatcher[] = [onRequest, eventRelative];

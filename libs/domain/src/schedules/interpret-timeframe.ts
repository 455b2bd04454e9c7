import { CONDITIONAL_MATCHERS } from './conditional.matchers';
import { DATED_MATCHERS } from './dated.matchers';
import { PERIODIC_MATCHERS } from './periodic.matchers';
import { RECURRING_MATCHERS } from './recurring.matchers';
import { SEASON_MATCHERS } from './season.matchers';
import { addDays, firstDayOfQuarter, isoDate } from '../dates';
import { type DateWindow, type InterpretedTimeframe, type Schedule, type TimeframeContext } from './schedule.types';
import {
  ONGOING_SOURCE,
  PART_READINGS,
  wordsOf,
  toDisplay,
  toKey,
  toPlainKey,
  unrecognised,
  withoutRoundLabels,
  type TimeframeInput,
} from './timeframe-text';
import { withPlanDefaults } from './year-span';

// Order matters only where grammars overlap: conditions first, so "khi có yêu cầu" never reads as an event.
const MATCHERS = [
  ...CONDITIONAL_MATCHERS,
  ...DATED_MATCHERS,
  ...PERIODIC_MATCHERS,
  ...SEASON_MATCHERS,
  ...RECURRING_MATCHERS,
];

const NOTE = /\s*\(([^()]*)\)$/;
// "Năm 2027 (sơ kết)", "Năm 2030 tổng kết", "(tổng kết 5 năm)": the review named after its time is the work, not when.
const REVIEW_NAMED_AFTER = /\s*(?:\((?:sơ|tổng) kết(?: giữa kỳ| \d+ năm)?\)| (?:sơ|tổng) kết(?: giữa kỳ)?)$/iu;

/** The time frame without the review it names after it, read as if the name were not there. */
function withoutReviewName({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const name = REVIEW_NAMED_AFTER.exec(display);
  if (name === null || name.index === 0) return null;
  const read = interpretTimeframe(display.slice(0, name.index), context);
  return read.schedule.kind === 'unrecognised' ? null : { ...read, schedule: { ...read.schedule, text } };
}

/**
 * "Hằng năm (trước 31/12)": read with the note as part of the time frame, when together they read without a doubt.
 * "Tháng 11 năm 2025 (cao điểm …)": read without the note, and say so, since the note may change the deadline.
 * "02 phiên/năm (Quý II và Quý IV/2026)": the words before the note are no time frame, the note is.
 */
function withoutNote({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const note = NOTE.exec(display);
  if (note === null || note.index === 0) return null;
  const before = display.slice(0, note.index);
  // "Hằng năm (trước 31/12)": the note completes the time frame.
  const whole = interpretTimeframe(`${before}, ${note[1]}`, context);
  if (whole.schedule.kind !== 'unrecognised' && whole.warnings.length === 0) {
    return { schedule: { ...whole.schedule, text }, warnings: [] };
  }
  const readings: Array<[string, string]> = [
    [before, `Ghi chú “(${note[1]})” trong “${display}” chưa được đọc`],
    [note[1], `Thời hạn được đọc từ ghi chú “(${note[1]})”; phần “${before}” chưa được đọc`],
  ];
  for (const [part, warning] of readings) {
    const { schedule, warnings } = interpretTimeframe(part, context);
    if (schedule.kind !== 'unrecognised') return { schedule: { ...schedule, text }, warnings: [...warnings, warning] };
  }
  return null;
}

// "Quý I/2026 (đối với nhiệm vụ a); Quý II/2026 (đối với nhiệm vụ b)": a note after each time says whose it is, not
// when.
const NOTE_AFTER_TIME = /\s*\(([^()\d]*)\)(?=\s*(?:[;,]|và |$))/g;

/** The time frame without the wordless notes after its parts, read as if they were not there, and the notes told. */
function withoutNotes({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const found = [...display.matchAll(NOTE_AFTER_TIME)];
  // A note at the end alone is withoutNote's, which also reads it as a time.
  if (found.every(({ index, 0: note }) => index + note.length === display.length)) return null;
  const notes = found.map(([, note]) => `“(${note})”`);
  const { schedule, warnings } = interpretTimeframe(display.replace(NOTE_AFTER_TIME, ''), context);
  if (schedule.kind === 'unrecognised') return null;
  return {
    schedule: { ...schedule, text },
    warnings: [...warnings, `Ghi chú ${notes.join(', ')} trong “${display}” chưa được đọc`],
  };
}

const ROUND_LABEL = /(?:^|[;,.]\s*)đợt\s*(?:\d+|[ivx]+|một|hai|ba)\s*[:.-]?\s*/giu;
const YEAR = /\d{4}/;

function datedParts(written: string): string[] {
  const display = withoutRoundLabels(written);
  if (/đợt/i.test(display)) return display.split(ROUND_LABEL).filter((part) => part.trim() !== '');
  const parts = display.split(/;\s*| và |,\s*/i);
  return parts.length > 1 && parts.every((part) => YEAR.test(part)) ? parts : [];
}

/**
 * A part of a time frame read on its own: its schedule when read without a doubt, or with only the readings the
 * whole is told of ("Đầu năm 2026" as its first quarter).
 */
function readPart(part: string, context: TimeframeContext): Schedule | null {
  const { schedule, warnings } = interpretTimeframe(part, context);
  const told = readingsTold(toDisplay(part));
  return schedule.kind !== 'unrecognised' && warnings.every((warning) => told.includes(warning)) ? schedule : null;
}

/** The text before and after the first `separator`. */
function apart(display: string, separator: RegExp): [string, string] | null {
  const at = separator.exec(display);
  return at === null ? null : [display.slice(0, at.index), display.slice(at.index + at[0].length)];
}

/** "Năm 2026" read alone: the one whole year it names. */
function wholeYearOf(schedule: Schedule): number | null {
  const oneYear = schedule.kind === 'annual' && schedule.dues === undefined && schedule.fromYear === schedule.toYear;
  return oneYear ? schedule.fromYear : null;
}

/** The first and last day a dated part covers: a quarter or month from its first day, a date on its own. */
function spanOf(schedule: Schedule): DateWindow | null {
  if (schedule.kind === 'window') return { start: schedule.start, end: schedule.end };
  const year = wholeYearOf(schedule);
  if (year !== null) return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
  if (schedule.kind !== 'once' || schedule.dues !== undefined) return null;
  const [written, part] = schedule.period.split('-');
  const start = part.startsWith('Q')
    ? firstDayOfQuarter(Number(written), Number(part.slice(1)))
    : /^\d{4}-\d{2}$/.test(schedule.period)
      ? isoDate(Number(written), Number(part), 1)
      : schedule.due;
  return { start, end: schedule.due };
}

/** A dated part's own period key, as its deadline would carry it; null for a day alone ("trước ngày 15/12/2026"). */
function periodOf(schedule: Schedule, span: DateWindow): string | null {
  if (schedule.kind !== 'once') return `${span.start}/${span.end}`;
  return schedule.period === schedule.due ? null : schedule.period;
}

/**
 * "Đợt 1: Quý II/2025; Đợt 2: Quý IV/2025", "Quý IV/2025 và Quý I/2026": dated parts, each read alone. One after
 * another they are one window. Apart in one year, or on the same days in years one after another ("Quý IV/2025 và
 * Quý IV/2026"), they are yearly work due on those days; otherwise each is a deadline of its own ("Quý II/2025 và
 * Quý IV/2027"). Whole years listed ("Năm 2024, 2025, 2026") are yearly work, in those years only when some are left out.
 */
function datedList({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const parts = datedParts(display);
  if (parts.length < 2) return null;
  const dated: Array<{ period: string | null; span: DateWindow }> = [];
  let wholeYears = 0;
  for (const part of parts) {
    const schedule = readPart(part, context);
    const span = schedule === null ? null : spanOf(schedule);
    if (schedule === null || span === null || (dated.length > 0 && span.start <= dated[dated.length - 1].span.end)) {
      return null;
    }
    if (wholeYearOf(schedule) !== null) wholeYears += 1;
    dated.push({ period: periodOf(schedule, span), span });
  }
  const spans = dated.map(({ span }) => span);
  const [first, last] = [spans[0], spans[spans.length - 1]];
  const adjoining = spans.every((span, i) => i === 0 || span.start === addDays(spans[i - 1].end, 1));
  if (adjoining && wholeYears === spans.length) {
    const years = interpretTimeframe(`${first.start.slice(0, 4)}-${last.end.slice(0, 4)}`, context);
    return { ...years, schedule: { ...years.schedule, text } };
  }
  if (adjoining) return { schedule: { kind: 'window', text, start: first.start, end: last.end }, warnings: [] };
  if (wholeYears === spans.length) return { schedule: yearsApart(text, spans), warnings: [] };
  if (wholeYears > 0) return null;
  const daysByYear = new Map<number, string[]>();
  for (const { end } of spans) {
    const year = Number(end.slice(0, 4));
    daysByYear.set(year, [...(daysByYear.get(year) ?? []), end.slice(5)]);
  }
  const years = [...daysByYear.keys()];
  const daysOf = (year: number): string => (daysByYear.get(year) ?? []).join();
  const sameEachYear = years.every(
    (year, i) => i === 0 || (year === years[i - 1] + 1 && daysOf(year) === daysOf(years[0])),
  );
  if (!sameEachYear) {
    // A day alone after a period is when that period is due (dueWithinPeriod), not a date of its own.
    const dues = dated.flatMap(({ period, span }) => (period === null ? [] : [{ period, due: span.end }]));
    return dues.length === dated.length ? { schedule: { kind: 'once', text, ...dues[0], dues }, warnings: [] } : null;
  }
  const dues = (daysByYear.get(years[0]) ?? []).map((day) => ({
    month: Number(day.slice(0, 2)),
    day: Number(day.slice(3)),
  }));
  const span = { fromYear: years[0], toYear: years[years.length - 1] };
  return {
    schedule: { kind: 'annual', text, ...span, due: dues[0], ...(dues.length > 1 ? { dues } : {}) },
    warnings: [],
  };
}

/** Whole years apart ("Năm 2027 và năm 2030"): due on the annual report date of the policy, as a year alone is. */
function yearsApart(text: string, spans: DateWindow[]): Schedule {
  const years = spans.map(({ start }) => Number(start.slice(0, 4)));
  return { kind: 'annual', text, fromYear: years[0], toYear: years[years.length - 1], due: null, years };
}

// "Quý IV các năm 2024, 2025, 2026", "Tháng 11 của các năm 2025 - 2026": one part of the year, in each year named.
const PART_IN_YEARS = /^((?:quý|tháng) [\p{L}\d]+) (?:của )?các năm (\d{4}(?:(?:, | và |, và )\d{4})+|\d{4}-\d{4})$/u;

/** The part in each year, read as the list "Quý IV/2024, Quý IV/2025, Quý IV/2026" is. */
function partInEachYear({ text, key, context }: TimeframeInput): InterpretedTimeframe | null {
  const match = PART_IN_YEARS.exec(key);
  if (match === null) return null;
  const [from, to] = match[2].split('-').map(Number);
  const years = to === undefined ? match[2].split(/, và |, | và /).map(Number) : [];
  for (let year = from; to !== undefined && year <= to; year += 1) years.push(year);
  if (years.length < 2 || years.length > 50) return null;
  const read = interpretTimeframe(years.map((year) => `${match[1]}/${year}`).join(', '), context);
  return read.schedule.kind === 'unrecognised' ? null : { ...read, schedule: { ...read.schedule, text } };
}

// "Năm 2026: Quý IV; từ năm 2027: hằng năm": the first year's time, then each year's after it.
const FIRST_YEAR_THEN_YEARLY = /^năm (\d{4}): ([^;]+); từ năm (\d{4})(?: đến(?: năm)? (\d{4}))?: ([^;]+)$/u;

/**
 * Yearly work from the first year, due each year as the years after it say; where the first year's day differs,
 * the coordinator is told it.
 */
function firstYearThenYearly({ text, display, key, context }: TimeframeInput): InterpretedTimeframe | null {
  const match = FIRST_YEAR_THEN_YEARLY.exec(key);
  if (match === null) return null;
  const [, first, firstTime, from, to, laterTime] = match;
  if (Number(from) !== Number(first) + 1) return null;
  const once = readPart(`${firstTime} năm ${first}`, context);
  if (once?.kind !== 'once' || once.dues !== undefined || !once.due.startsWith(`${first}-`)) return null;
  // The key spells "hằng năm" as "hàng năm".
  const yearly = /hàng năm/u.test(laterTime) ? laterTime : `${laterTime}, hằng năm`;
  const later = readPart(`${yearly}, từ năm ${from}${to === undefined ? '' : ` đến năm ${to}`}`, context);
  if (later?.kind !== 'annual' || later.fromYear !== Number(from) || later.years !== undefined) return null;
  const [month, day] = once.due.slice(5).split('-').map(Number);
  const sameDay = later.dues === undefined && later.due?.month === month && later.due.day === day;
  const firstDue = once.due.split('-').reverse().join('/');
  return {
    schedule: { ...later, text, fromYear: Number(first) },
    warnings: sameDay
      ? []
      : [`Trong “${display}”, năm ${first} hạn là ${firstDue}: các năm sau theo hạn ghi cho chúng`],
  };
}

/**
 * "Năm 2025, trước ngày 30/11", "Quý IV/2025 (trước ngày 15/12/2025)": a period, then the day within it the work is
 * due. A day outside the period is refused rather than either one guessed.
 */
function dueWithinPeriod(input: TimeframeInput): InterpretedTimeframe | null {
  const { text, display, context } = input;
  const parts = apart(display, /[,;] /);
  if (parts === null) return null;
  const [period, deadline] = parts;
  const outer = readPart(period, context);
  const span = outer === null ? null : spanOf(outer);
  if (span === null || span.start.slice(0, 4) !== span.end.slice(0, 4)) return null;
  const year = Number(span.start.slice(0, 4));
  const inner = readPart(deadline, { ...context, planPeriod: { from: year, to: year } });
  if (inner?.kind !== 'once' || inner.period !== inner.due) return null;
  const { due } = inner;
  if (due < span.start || due > span.end) return unrecognised(input, `Hạn “${deadline}” nằm ngoài “${period}”`);
  return { schedule: { kind: 'once', text, due, period: due }, warnings: [] };
}

// "Quý II/2026, tại Hội trường UBND tỉnh", "Tháng 11/2026; địa điểm: Nhà văn hóa xã": where, after when.
const PLACE_APART = /(?:[,;]? tại |[,;] (?=địa điểm\b))/iu;

/** The time frame without the place written after it; the place is told, as "tại" may name an event too. */
function withoutPlace({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const parts = apart(display, PLACE_APART);
  if (parts === null || parts[0] === '') return null;
  const read = readPart(parts[0], context);
  if (read === null) return null;
  const place = display.slice(parts[0].length).replace(/^[,;]?\s*/u, '');
  return {
    schedule: { ...read, text },
    warnings: [`Phần “${place}” trong “${display}” là nơi thực hiện, không đặt thời hạn`],
  };
}

// Beside a dated part: a condition ("và khi có văn bản mới", "hoặc đột xuất") or a peak ("cao điểm từ 01/11 đến 09/11").
// "Hoặc khi có yêu cầu" may stand for the date, not beside it: left unread.
const ASIDE_APART =
  /(?:;|,| và| hoặc(?= đột xuất)) (?=(?:khi|đột xuất|theo yêu cầu|sau khi|cao điểm|trọng tâm)(?![\p{L}]))/iu;
const PEAK = /^(?:cao điểm|trọng tâm)/iu;
const DATED: ReadonlySet<Schedule['kind']> = new Set(['once', 'window', 'annual', 'periodic']);

/**
 * "Quý I/2026 và khi có văn bản mới", "Tháng 11 hằng năm, cao điểm từ 01/11 đến 09/11": the dated part is read; the
 * condition or the peak beside it is left to a coordinator.
 */
function datedWithAside({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const parts = apart(display, ASIDE_APART);
  if (parts === null) return null;
  const [dated, aside] = parts;
  const first = readPart(dated, context);
  if (first === null || !DATED.has(first.kind)) return null;
  const second = PEAK.test(aside) ? null : interpretTimeframe(aside, context).schedule.kind;
  if (second !== null && second !== 'onRequest' && second !== 'eventRelative') return null;
  return {
    schedule: { ...first, text },
    warnings: [`Phần “${aside}” trong “${display}” chưa được đọc: chỉ phần có ngày tháng đặt thời hạn`],
  };
}

/**
 * "Tháng 9 hoặc tháng 10", "Quý II hoặc Quý III năm 2026": the plan leaves open which of the times, in order. Read as
 * one window from the first to the end of the last, and said so. A year written once, at the end, is every part's.
 */
function eitherOf({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const parts = display.split(/ hoặc /i);
  if (parts.length < 2) return null;
  const latest = parts[parts.length - 1];
  const last = readPart(latest, context);
  const lastSpan = last === null ? null : spanOf(last);
  if (lastSpan === null) return null;
  const year = Number(lastSpan.end.slice(0, 4));
  const spans: DateWindow[] = [];
  for (const part of parts.slice(0, -1)) {
    const schedule = readPart(part, { ...context, planPeriod: { from: year, to: year } });
    const span = schedule === null ? null : spanOf(schedule);
    if (span === null || (spans.length > 0 && span.start <= spans[spans.length - 1].end)) return null;
    spans.push(span);
  }
  if (lastSpan.start <= spans[spans.length - 1].end) return null;
  return {
    schedule: { kind: 'window', text, start: spans[0].start, end: lastSpan.end },
    warnings: [`“${display}” để ngỏ thời điểm: hạn được đặt vào cuối thời điểm muộn nhất (“${latest}”)`],
  };
}

/** Words `plain` holds, as the plan wrote them: `plain` is the end of `display`, lower-cased. */
function asWritten({ display, plain }: TimeframeInput, words: string): string {
  const at = display.length - plain.length + plain.indexOf(words);
  return display.slice(at, at + words.length);
}

const outsidePlan = (year: number, { planPeriod }: TimeframeContext): boolean =>
  (planPeriod?.from !== undefined && year < planPeriod.from) || (planPeriod?.to !== undefined && year > planPeriod.to);

const STARTS_FROM = /^từ (?:ngày )?(.+?)(?: trở đi| trở về sau)?$/;
// "Quý II/2026 và duy trì thường xuyên": a start, and the work kept up after it.
const THEN_KEPT_UP = new RegExp(`^(.+?)(?:,| và) (?:duy trì |tiếp tục )?(?:thực hiện )?${ONGOING_SOURCE}$`);

/**
 * "Từ tháng 10/2025 (trở đi)", "Quý II/2026 và duy trì thường xuyên": when the work starts, not when it is due. Read as ongoing from that year to the plan's
 * end, reported with the annual report, and said so; a start outside the plan is refused.
 */
function startsFrom(input: TimeframeInput): InterpretedTimeframe | null {
  const { text, display, plain, context } = input;
  const match = STARTS_FROM.exec(plain) ?? THEN_KEPT_UP.exec(plain);
  if (match === null) return null;
  const start = asWritten(input, match[1]);
  const { schedule, warnings } = interpretTimeframe(start, context);
  if (schedule.kind !== 'once' || schedule.dues !== undefined || warnings.length > 0) return null;
  const year = Number(schedule.due.slice(0, 4));
  if (outsidePlan(year, context)) {
    return unrecognised(input, `“${display}” bắt đầu ngoài thời gian của kế hoạch`);
  }
  return {
    schedule: {
      kind: 'continuous',
      text,
      ...withPlanDefaults(input, { fromYear: year, toYear: null }),
      due: context.annualReportDate ?? null,
      focus: [],
    },
    warnings: [`“${display}” chỉ ghi lúc bắt đầu (${start}), không ghi hạn: được hiểu là thường xuyên từ đó`],
  };
}

// "Tháng 3/2026 và duy trì hằng năm": the first time, then the work done again each year.
const THEN_YEARLY = /^(.+?)(?:,| và) (?:duy trì|tiếp tục)(?: thực hiện)? (?:hằng|hàng) năm$/u;

/** Yearly work from the first time's year, due each year on the first time's day; the coordinator is told so. */
function startsThenYearly(input: TimeframeInput): InterpretedTimeframe | null {
  const { text, display, plain, context } = input;
  const match = THEN_YEARLY.exec(plain);
  if (match === null) return null;
  const first = asWritten(input, match[1]);
  const once = readPart(first, context);
  if (once?.kind !== 'once' || once.dues !== undefined) return null;
  const year = Number(once.due.slice(0, 4));
  if (outsidePlan(year, context)) return null;
  const due = { month: Number(once.due.slice(5, 7)), day: Number(once.due.slice(8)) };
  return {
    schedule: { kind: 'annual', text, ...withPlanDefaults(input, { fromYear: year, toYear: null }), due },
    warnings: [`“${display}”: các năm sau được hiểu là có cùng hạn như lần đầu (${first})`],
  };
}

// "Quý I năm sau" in a plan for 2026: the year after the plan's one year. "Những năm tiếp theo" are the years after.
const YEAR_AFTER = /(?<!(?:những|các) )năm (?:sau|tiếp theo)(?![\p{L}\d])/iu;

function inYearAfter({ text, display, context }: TimeframeInput): InterpretedTimeframe | null {
  const { from, to } = context.planPeriod ?? {};
  if (to === undefined || from !== to || !YEAR_AFTER.test(display)) return null;
  const read = interpretTimeframe(display.replace(YEAR_AFTER, `năm ${to + 1}`), context);
  return read.schedule.kind === 'unrecognised' ? null : { ...read, schedule: { ...read.schedule, text } };
}

// The kinds whose deadline a reading of "đầu năm" or "giữa năm" can have set; an event merely named so keeps its name.
const DATED_KINDS: ReadonlySet<Schedule['kind']> = new Set(['once', 'annual', 'window']);

/** What a time frame's words were read as ("đầu năm" as Quý I), to tell the coordinator: once, where a part told it. */
const readingsTold = (display: string, told: readonly string[] = []): string[] =>
  PART_READINGS.filter(
    ({ phrase, as, pattern }) =>
      as !== undefined &&
      wordsOf(display).search(pattern) >= 0 &&
      !told.some((warning) => warning.startsWith(`“${phrase}” trong `)),
  ).map(({ phrase, as }) => `“${phrase}” trong “${display}” được hiểu là ${as}`);

/** "Đầu năm 2026" is read as its first quarter: the coordinator is told, to set the day the plan meant. */
function withReadingsTold({ display }: TimeframeInput, result: InterpretedTimeframe): InterpretedTimeframe {
  if (!DATED_KINDS.has(result.schedule.kind)) return result;
  const told = readingsTold(display, result.warnings);
  return told.length === 0 ? result : { ...result, warnings: [...result.warnings, ...told] };
}

/**
 * Reads a plan's time frame ("Quý III năm 2024", "Hằng năm", "Thường xuyên, trọng tâm tháng 10, 11 năm 2023").
 * Never guesses: what it cannot read comes back as `unrecognised` with the text as written and a warning.
 */
export function interpretTimeframe(text: string, context: TimeframeContext = {}): InterpretedTimeframe {
  const display = toDisplay(text);
  const input: TimeframeInput = { text, display, key: toKey(display), plain: toPlainKey(display), context };
  if (input.key === '') return unrecognised(input, 'Thời hạn để trống');
  for (const matcher of MATCHERS) {
    const result = matcher(input);
    if (result) return withReadingsTold(input, result);
  }
  return withReadingsTold(
    input,
    datedList(input) ??
      eitherOf(input) ??
      partInEachYear(input) ??
      firstYearThenYearly(input) ??
      dueWithinPeriod(input) ??
      datedWithAside(input) ??
      startsFrom(input) ??
      startsThenYearly(input) ??
      inYearAfter(input) ??
      withoutReviewName(input) ??
      withoutPlace(input) ??
      withoutNotes(input) ??
      withoutNote(input) ??
      unrecognised(input, `Chưa hiểu được thời hạn “${display}”`),
  );
}

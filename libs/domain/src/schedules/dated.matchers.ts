import { addDays, daysInMonth, lastDayOfMonth, lastDayOfQuarter, tryIsoDate, type IsoDate } from '../dates';
import { type DateWindow, type InterpretedTimeframe } from './schedule.types';
import {
  missingYear,
  quarterNumber,
  resolveYear,
  unrecognised,
  type TimeframeInput,
  type TimeframeMatcher,
} from './timeframe-text';
import { withPlanDefaults } from './year-span';

const YEAR_SUFFIX = '(?:(?:,? (?:năm )?|/)(\\d{4}))?';
const DATE = '(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?';

const QUARTER_NUMBER = '(?:iv|i{1,3}|[1-4])';
const LIST_SEPARATOR = /, ?| và |-| đến /;
const MONTH_SEPARATOR = /, ?| và |-| đến (?:tháng )?/;
const listedMonths = (list: string): number[] => list.split(MONTH_SEPARATOR).map(Number);
const QUARTER = new RegExp(`^quý (${QUARTER_NUMBER})${YEAR_SUFFIX}$`);
const QUARTER_LIST = new RegExp(
  `^(?:từ )?quý (${QUARTER_NUMBER}(?:(?:${LIST_SEPARATOR.source})${QUARTER_NUMBER})+)${YEAR_SUFFIX}$`,
);
const MONTH = new RegExp(`^tháng (\\d{1,2})${YEAR_SUFFIX}$`);
const SPAN_END = '(tháng|quý) (\\d{1,2}|iv|i{1,3})(?:\\/|,? năm )(\\d{4})';
const DATED_SPAN = new RegExp(`^(?:từ )?${SPAN_END}(?: đến | ?- ?)(?:hết )?${SPAN_END}$`);
const MONTH_LIST = new RegExp(`^(?:từ )?tháng (\\d{1,2}(?:(?:, ?| và |-| đến (?:tháng )?)\\d{1,2})+)${YEAR_SUFFIX}$`);
// "tháng 10, tháng 11" and "quý II - quý III" name their unit again after each separator.
const REPEATED_UNIT = /(tháng|quý) ([\divx]+(?:(?:, ?| và | ?- ?| đến )(?:\1 )?[\divx]+)+)(?![\p{L}\d])/gu;
// Without a year it recurs each year (recurring.matchers).
const HALF_YEAR = /^(?:6|06|sáu) tháng (đầu|cuối) năm (?:năm )?(\d{4})$/;
export const WEEK_OF_MONTH_SOURCE =
  'tuần (đầu(?: tiên)?|cuối(?: cùng)?|thứ (?:nhất|hai|ba|tư|bốn|năm|[1-5])|[1-5]) (?:của )?tháng (\\d{1,2})';
const WEEK = new RegExp(`^${WEEK_OF_MONTH_SOURCE}${YEAR_SUFFIX}$`);
const WEEK_NUMBERS: Readonly<Record<string, number>> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5 };

// "Trong 30 ngày đầu năm", "10 ngày đầu tháng 11/2026": the first days of a year or a month.
const FIRST_DAYS = /^(\d{1,3}) ngày đầu (?:năm(?: (\d{4}))?|tháng (\d{1,2})(?:(?:\/| năm )(\d{4}))?)$/;

const SCHOOL_YEAR = /^(?:học k[ỳì] (i|ii|1|2) )?năm học (\d{4})-(\d{4})$/;
const BY_DATE = new RegExp(`^(?:(trước|chậm nhất|muộn nhất|hạn chót|đến) )?(?:ngày )?${DATE}$`);
export const DATE_RANGE_SOURCE = `từ(?: ngày)? ${DATE}(?: đến | ?- ?)(?:ngày )?${DATE}`;
export const MONTH_LIST_SOURCE = 'tháng (\\d{1,2}(?:(?:, ?| và |-| đến (?:tháng )?)\\d{1,2})*)';
// Standing alone, a range may leave out "từ": "30/6 - 30/9/2026".
const DATE_RANGE = new RegExp(
  `^(?:(?:tuần|đợt cao điểm|cao điểm|đợt) )?(?:từ(?: ngày)? |ngày )?${DATE}(?: đến | ?- ?)(?:ngày )?${DATE}$`,
);

type Dated = IsoDate | InterpretedTimeframe;

export const isDate = (value: Dated): value is IsoDate => typeof value === 'string';

export function writtenDate(input: TimeframeInput, day: string, month: string, year: string | undefined): Dated {
  const resolvedYear = resolveYear(year, input.context);
  if (resolvedYear === null) return missingYear(input);
  const date = tryIsoDate(resolvedYear, Number(month), Number(day));
  return date ?? unrecognised(input, `“${day}/${month}/${resolvedYear}” không phải là một ngày có thật`);
}

const once = (input: TimeframeInput, due: IsoDate, period: string): InterpretedTimeframe => ({
  schedule: { kind: 'once', text: input.text, due, period },
  warnings: [],
});

const quarter: TimeframeMatcher = (input) => {
  const match = QUARTER.exec(input.key);
  if (!match) return null;
  const year = resolveYear(match[2], input.context);
  const number = quarterNumber(match[1]);
  if (year === null) return missingYear(input);
  if (number === null) return unrecognised(input, `Không có quý ${match[1].toUpperCase()}`);
  return once(input, lastDayOfQuarter(year, number), `${year}-Q${number}`);
};

/** The month written and its year (as written, or the plan's single year), or why there is none. */
function writtenMonth(
  input: TimeframeInput,
  month: string,
  year: string | undefined,
): { year: number; month: number } | InterpretedTimeframe {
  const resolved = resolveYear(year, input.context);
  if (resolved === null) return missingYear(input);
  const number = Number(month);
  return number >= 1 && number <= 12
    ? { year: resolved, month: number }
    : unrecognised(input, `Không có tháng ${month}`);
}

const month: TimeframeMatcher = (input) => {
  const match = MONTH.exec(input.key);
  if (!match) return null;
  const written = writtenMonth(input, match[1], match[2]);
  if ('schedule' in written) return written;
  const { year, month: number } = written;
  return once(input, lastDayOfMonth(year, number), `${year}-${String(number).padStart(2, '0')}`);
};

export function monthWindow(
  input: TimeframeInput,
  monthList: string,
  writtenYear: string | undefined,
): DateWindow | InterpretedTimeframe {
  const months = listedMonths(monthList);
  const year = resolveYear(writtenYear, input.context);
  if (year === null) return missingYear(input);
  const ascending = months.every((m, i) => m >= 1 && m <= 12 && (i === 0 || m > months[i - 1]));
  if (!ascending) return unrecognised(input, `Các tháng ${monthList} không theo thứ tự`);
  const start = tryIsoDate(year, months[0], 1) as IsoDate;
  const end = lastDayOfMonth(year, months[months.length - 1]);
  return { start, end };
}

/** A list's unit written once: "tháng 10, tháng 11" reads as "tháng 10, 11", "quý II - quý III" as "quý ii-iii". */
export const unitOnce = (key: string): string =>
  key.replace(REPEATED_UNIT, (_all, unit: string, list: string) => {
    const listed = list.replace(/ ?- ?/g, '-').replace(new RegExp(`(, ?| và |-| đến )${unit} `, 'g'), '$1');
    return `${unit} ${listed}`;
  });

/**
 * Quarters or months listed one after another, or as a range, are one stretch of work due at its end; listed
 * apart ("Quý II và Quý IV"), each is due at its own end that year. `spans` are each one's first and last month.
 */
function listedSpans(
  input: TimeframeInput,
  list: string,
  year: number,
  spans: Array<[number, number]>,
): InterpretedTimeframe {
  const adjoining = /-|đến/.test(list) || spans.every(([first], i) => i === 0 || first === spans[i - 1][1] + 1);
  const last = spans[spans.length - 1][1];
  if (adjoining) {
    const start = tryIsoDate(year, spans[0][0], 1) as IsoDate;
    return { schedule: { kind: 'window', text: input.text, start, end: lastDayOfMonth(year, last) }, warnings: [] };
  }
  const dues = spans.map(([, end]) => ({ month: end, day: daysInMonth(year, end) }));
  return {
    schedule: { kind: 'annual', text: input.text, fromYear: year, toYear: year, due: dues[0], dues },
    warnings: [],
  };
}

const quarterList: TimeframeMatcher = (input) => {
  const match = QUARTER_LIST.exec(unitOnce(input.key));
  if (!match) return null;
  const year = resolveYear(match[2], input.context);
  if (year === null) return missingYear(input);
  const quarters = match[1].split(LIST_SEPARATOR).map(quarterNumber);
  const ascending = quarters.every((q, i) => q !== null && (i === 0 || q > (quarters[i - 1] ?? 5)));
  if (!ascending) return unrecognised(input, `Các quý ${match[1].toUpperCase()} không theo thứ tự`);
  return listedSpans(
    input,
    match[1],
    year,
    (quarters as number[]).map((q) => [q * 3 - 2, q * 3]),
  );
};

const monthList: TimeframeMatcher = (input) => {
  const match = MONTH_LIST.exec(unitOnce(input.key));
  if (!match) return null;
  const window = monthWindow(input, match[1], match[2]);
  if ('schedule' in window) return window;
  const months = listedMonths(match[1]);
  return listedSpans(
    input,
    match[1],
    Number(window.start.slice(0, 4)),
    months.map((m) => [m, m]),
  );
};

/** The first and last day of "tháng 3/2026" or "quý II/2026", or null if there is no such month or quarter. */
function spanEnd(unit: string, written: string, year: number): DateWindow | null {
  const number = unit === 'quý' ? quarterNumber(written) : Number(written);
  if (number === null || number < 1 || number > 12) return null;
  const [first, last] = unit === 'quý' ? [number * 3 - 2, number * 3] : [number, number];
  return { start: tryIsoDate(year, first, 1) as IsoDate, end: lastDayOfMonth(year, last) };
}

// "Từ tháng 10/2025 đến tháng 3/2026", "Quý I/2026 - Quý II/2026": each end with its own year.
const datedSpan: TimeframeMatcher = (input) => {
  const match = DATED_SPAN.exec(input.key);
  if (!match) return null;
  const from = spanEnd(match[1], match[2], Number(match[3]));
  const to = spanEnd(match[4], match[5], Number(match[6]));
  if (from === null || to === null)
    return unrecognised(input, `“${input.display}” ghi một tháng hoặc quý không có thật`);
  if (from.start > to.end) return unrecognised(input, `Khoảng thời gian “${input.display}” kết thúc trước khi bắt đầu`);
  return { schedule: { kind: 'window', text: input.text, start: from.start, end: to.end }, warnings: [] };
};

// "Trước tháng 12/2025", "trước Quý IV năm 2026": due the day before that month or quarter begins.
const BEFORE_UNIT = new RegExp(
  `^(?:(?:chậm|muộn) nhất )?trước (tháng|quý) (\\d{1,2}|${QUARTER_NUMBER})${YEAR_SUFFIX}$`,
);

const beforeUnit: TimeframeMatcher = (input) => {
  const match = BEFORE_UNIT.exec(input.key);
  if (!match) return null;
  const year = resolveYear(match[3], input.context);
  if (year === null) return missingYear(input);
  const span = spanEnd(match[1], match[2], year);
  if (span === null) return unrecognised(input, `“${input.display}” ghi một tháng hoặc quý không có thật`);
  const due = addDays(span.start, -1);
  return once(input, due, due);
};

const halfYear: TimeframeMatcher = (input) => {
  const match = HALF_YEAR.exec(input.key);
  if (!match) return null;
  const year = Number(match[2]);
  const first = match[1] === 'đầu';
  const start = tryIsoDate(year, first ? 1 : 7, 1) as IsoDate;
  return {
    schedule: { kind: 'window', text: input.text, start, end: lastDayOfMonth(year, first ? 6 : 12) },
    warnings: [],
  };
};

/**
 * The first days of a year (due that many days in, each year of the plan when no year is written) or of a month (a
 * window in that month).
 */
const firstDays: TimeframeMatcher = (input) => {
  const match = FIRST_DAYS.exec(input.key);
  if (!match) return null;
  const [, days, year, monthWritten, monthYear] = match;
  const count = Number(days);
  if (monthWritten === undefined) {
    const end = addDays(tryIsoDate(2001, 1, 1) as IsoDate, count - 1);
    if (count < 1 || end.startsWith('2002')) return unrecognised(input, `Một năm không có ${days} ngày`);
    const due = { month: Number(end.slice(5, 7)), day: Number(end.slice(8)) };
    if (year === undefined) {
      return {
        schedule: {
          kind: 'annual',
          text: input.text,
          ...withPlanDefaults(input, { fromYear: null, toYear: null }),
          due,
        },
        warnings: [],
      };
    }
    const start = tryIsoDate(Number(year), 1, 1) as IsoDate;
    return { schedule: { kind: 'window', text: input.text, start, end: addDays(start, count - 1) }, warnings: [] };
  }
  const written = writtenMonth(input, monthWritten, monthYear);
  if ('schedule' in written) return written;
  const last = tryIsoDate(written.year, written.month, count);
  if (count < 1 || last === null) return unrecognised(input, `Tháng ${written.month} không có ${days} ngày`);
  const start = tryIsoDate(written.year, written.month, 1) as IsoDate;
  return { schedule: { kind: 'window', text: input.text, start, end: last }, warnings: [] };
};

/** The last day of "tuần đầu", "tuần thứ hai"… "tuần cuối" in a month of `days` days: the n-th week ends on day 7n. */
export function weekLastDay(which: string, days: number): number {
  if (which.startsWith('cuối')) return days;
  const word = which.split(' ').pop() as string;
  return word === 'đầu' || word === 'tiên' ? 7 : (WEEK_NUMBERS[word] ?? Number(word)) * 7;
}

// "Tuần đầu tháng 11/2025": days 1–7; the n-th week days 7n-6 to 7n; the last week the month's last seven days.
const week: TimeframeMatcher = (input) => {
  const match = WEEK.exec(input.key);
  if (!match) return null;
  const written = writtenMonth(input, match[2], match[3]);
  if ('schedule' in written) return written;
  const { year, month: monthNumber } = written;
  const days = daysInMonth(year, monthNumber);
  const last = weekLastDay(match[1], days);
  if (last > days) return unrecognised(input, `Tháng ${monthNumber}/${year} không có tuần thứ ${last / 7}`);
  return {
    schedule: {
      kind: 'window',
      text: input.text,
      start: tryIsoDate(year, monthNumber, last - 6) as IsoDate,
      end: tryIsoDate(year, monthNumber, last) as IsoDate,
    },
    warnings: [],
  };
};

// The school calendar is set each year by the Ministry of Education; it runs from September to the end of May, the
// first term to mid-January.
type DayMonthSpan = [first: string, last: string];
const FIRST_TERM: DayMonthSpan = ['01/09', '15/01'];
const SECOND_TERM: DayMonthSpan = ['16/01', '31/05'];
const SCHOOL_TERMS: Readonly<Record<string, DayMonthSpan>> = {
  '': ['01/09', '31/05'],
  i: FIRST_TERM,
  '1': FIRST_TERM,
  ii: SECOND_TERM,
  '2': SECOND_TERM,
};

const schoolYear: TimeframeMatcher = (input) => {
  const match = SCHOOL_YEAR.exec(input.key);
  if (!match || Number(match[3]) !== Number(match[2]) + 1) return null;
  const [first, last] = SCHOOL_TERMS[match[1] ?? ''].map((dayMonth) => {
    const [day, month] = dayMonth.split('/').map(Number);
    // September to December fall in the school year's first calendar year.
    const year = Number(month >= 9 ? match[2] : match[3]);
    return { text: `${dayMonth}/${year}`, date: tryIsoDate(year, month, day) as IsoDate };
  });
  return {
    schedule: { kind: 'window', text: input.text, start: first.date, end: last.date },
    warnings: [`“${input.display}” được hiểu là từ ${first.text} đến ${last.text}`],
  };
};

// "trước ngày X" is strictly before X, so the last day to comply is the day before.
const byDate: TimeframeMatcher = (input) => {
  const match = BY_DATE.exec(input.key);
  if (!match) return null;
  const date = writtenDate(input, match[2], match[3], match[4]);
  if (!isDate(date)) return date;
  const due = match[1] === 'trước' ? addDays(date, -1) : date;
  return once(input, due, due);
};

export function rangeWindow(input: TimeframeInput, groups: readonly string[]): DateWindow | InterpretedTimeframe {
  const end = writtenDate(input, groups[3], groups[4], groups[5]);
  if (!isDate(end)) return end;
  const start = writtenDate(input, groups[0], groups[1], groups[2] ?? end.slice(0, 4));
  if (!isDate(start)) return start;
  if (start > end) return unrecognised(input, `Khoảng thời gian “${input.display}” kết thúc trước khi bắt đầu`);
  return { start, end };
}

const dateRange: TimeframeMatcher = (input) => {
  const match = DATE_RANGE.exec(input.key);
  if (!match) return null;
  const window = rangeWindow(input, match.slice(1));
  if ('schedule' in window) return window;
  return { schedule: { kind: 'window', text: input.text, ...window }, warnings: [] };
};

export const DATED_MATCHERS: readonly TimeframeMatcher[] = [
  firstDays,
  quarter,
  quarterList,
  month,
  monthList,
  datedSpan,
  beforeUnit,
  halfYear,
  week,
  schoolYear,
  byDate,
  dateRange,
];

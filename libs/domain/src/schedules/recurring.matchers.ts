import { daysInMonth, isValidDate, tryIsoDate } from '../dates';
import {
  DATE_RANGE_SOURCE,
  MONTH_LIST_SOURCE,
  WEEK_OF_MONTH_SOURCE,
  monthWindow,
  rangeWindow,
  unitOnce,
  weekLastDay,
} from './dated.matchers';
import { periodic } from './periodic.matchers';
import { type DateWindow, type InterpretedTimeframe, type MonthDay } from './schedule.types';
import {
  EVENT_START_SOURCE,
  missingPlanYears,
  ONGOING_SOURCE,
  quarterNumber,
  unrecognised,
  type TimeframeInput,
  type TimeframeMatcher,
} from './timeframe-text';
import { tidy, withPlanDefaults, yearRange, yearSpan, type Years } from './year-span';

// "Từ 01/10 đến 31/10 hằng năm": a stretch of each year, due the day it ends.
const STATED_STRETCH = /(?:từ )?(?:ngày )?\d{1,2}\/\d{1,2} ?(?:-|đến) ?(?:ngày )?(?=\d{1,2}\/\d{1,2}(?![\d/]))/;
// "trước ngày 30/6 và 15/12 hàng năm", "trước 31/12", "trước ngày 15/6 và trước ngày 15/11": the due days stated in
// the text itself, the word before each day the same.
const STATED_DAYS =
  /(?:(trước|chậm nhất|đến) (?:ngày )?|ngày )(\d{1,2}\/\d{1,2}(?:(?:,| và) (?:\1 )?(?:ngày )?\d{1,2}\/\d{1,2})*)(?![\d/])/;
const STATED_DAYS_APART = /(?:,| và) (?:(?:trước|chậm nhất|đến) )?(?:ngày )?/;
// "Quý I hằng năm", "Tháng 12 hằng năm", "6 tháng đầu năm": due the day that part of the year ends.
// "Tháng 6 và tháng 12 hằng năm": listed apart, each is due; adjoining ("tháng 10, 11"), the last.
const PART_OF_YEAR =
  /^(?:từ (?=tháng \d{1,2}(?:-| đến )\d))?(?:quý ((?:iv|i{1,3}|[1-4])(?:(?:, ?| và )(?:iv|i{1,3}|[1-4]))*)|tháng (\d{1,2}(?:-| đến )\d{1,2}|\d{1,2}(?:(?:, ?| và )\d{1,2})*)|(?:6|06|sáu) tháng (đầu|cuối) năm)(?![\p{L}\d/])/u;
// "Tuần đầu tháng 11 hằng năm": due each year the week's last day.
const WEEK_OF_YEAR = new RegExp(`^${WEEK_OF_MONTH_SOURCE}(?![\\p{L}\\d/])`, 'u');
// "Thường xuyên", "Liên tục", "(trong) suốt thời gian thực hiện Kế hoạch (Đề án, Chương trình)", "trong quá trình
// triển khai" and "trong thời gian Luật có hiệu lực": work that runs as long as the plan.
const CONTINUOUS =
  /^(?:thường xuyên|liên tục|(?:suốt )?(?:thời gian|quá trình) (?:thực hiện|triển khai) (?:kế hoạch|đề án|chương trình)|(?:suốt )?quá trình (?:thực hiện|triển khai)(?=$|[,;])|(?:suốt )?thời gian (?:bộ )?luật[^;]*? có hiệu lực(?: thi hành)?)(.*)$/;
const FILLER_WORDS = new Set(
  'trọng tâm đặc biệt là tập trung vào dịp cao điểm hàng năm định kỳ và trong tháng các ngày đột xuất liên tục kịp thời'.split(
    ' ',
  ),
);

const isFiller = (text: string): boolean =>
  text.split(/[\s(),;:.-]+/).every((word) => word === '' || /^\d+$/.test(word) || FILLER_WORDS.has(word));

interface Dues {
  dues: MonthDay[];
  rest: string;
}

function statedDays(input: TimeframeInput, written: string): Dues | InterpretedTimeframe | null {
  const key = written.replace(STATED_STRETCH, 'ngày ');
  const match = STATED_DAYS.exec(key);
  if (!match) return null;
  const dues: MonthDay[] = [];
  for (const written of match[2].split(STATED_DAYS_APART)) {
    const [day, month] = written.split('/').map(Number);
    if (!isValidDate(2000, month, day)) return unrecognised(input, `“${written}” không phải là một ngày có thật`);
    dues.push(match[1] === 'trước' ? dayBefore({ month, day }) : { month, day });
  }
  return { dues: inYearOrder(dues), rest: key.slice(0, match.index) + ' ' + key.slice(match.index + match[0].length) };
}

// A quarter or a month needs "hằng năm" to recur; "6 tháng đầu năm" without a year already means every year's.
function partOfYearEnd(key: string, explicitlyAnnual: boolean): Dues | null {
  const week = explicitlyAnnual ? WEEK_OF_YEAR.exec(key) : null;
  if (week) {
    // In a leap year, like dayBefore: deadlines clamp 29/02 to 28/02 in other years.
    const month = Number(week[2]);
    const day = month >= 1 && month <= 12 ? weekLastDay(week[1], daysInMonth(2000, month)) : 0;
    if (day < 1 || day > daysInMonth(2000, month)) return null;
    return { dues: [{ month, day }], rest: key.slice(week[0].length) };
  }
  const match = PART_OF_YEAR.exec(unitOnce(key));
  if (!match || (match[3] === undefined && !explicitlyAnnual)) return null;
  const [, quarters, months, half] = match;
  // "Tháng 10 đến tháng 11": one stretch, due when it ends.
  const stretch = months === undefined ? null : /^(\d{1,2})(?:-| đến )(\d{1,2})$/.exec(months);
  if (stretch && Number(stretch[1]) >= Number(stretch[2])) return null;
  const items = stretch ? [stretch[2]] : (quarters ?? months ?? '').split(/, ?| và /);
  const lastMonths = quarters
    ? items.map((quarter) => (quarterNumber(quarter) ?? 0) * 3)
    : months
      ? items.map(Number)
      : [half === 'đầu' ? 6 : 12];
  const step = quarters ? 3 : 1;
  const ascending = lastMonths.every((m, i) => m >= 1 && m <= 12 && (i === 0 || m > lastMonths[i - 1]));
  if (!ascending) return null;
  const adjoining = lastMonths.every((m, i) => i === 0 || m === lastMonths[i - 1] + step);
  const dues = (adjoining ? lastMonths.slice(-1) : lastMonths).map((m) => ({ month: m, day: daysInMonth(2000, m) }));
  return { dues, rest: unitOnce(key).slice(match[0].length) };
}

const inYearOrder = (days: MonthDay[]): MonthDay[] =>
  days
    .sort((a, b) => a.month - b.month || a.day - b.day)
    .filter((day, i, sorted) => i === 0 || day.month !== sorted[i - 1].month || day.day !== sorted[i - 1].day);

// Computed in a leap year so "trước ngày 01/03" gives 29/02; deadlines clamp it to 28/02 in other years.
function dayBefore({ month, day }: MonthDay): MonthDay {
  if (day > 1) return { month, day: day - 1 };
  const previous = month === 1 ? 12 : month - 1;
  return { month: previous, day: daysInMonth(2000, previous) };
}

const annual: TimeframeMatcher = (input) => {
  const explicitlyAnnual = input.key.includes('hàng năm') || /(?:những|các) năm tiếp theo$/.test(input.key);
  const key = explicitlyAnnual
    ? tidy(
        input.key.replace(/(?:định kỳ )?hàng năm/, ' ').replace(/(quý [ivx\d]+|tháng \d{1,2})\/(\d{4})/, '$1 năm $2'),
      )
    : input.key;
  const stated = explicitlyAnnual ? statedDays(input, key) : null;
  if (stated !== null && 'schedule' in stated) return stated;
  const written = stated ?? partOfYearEnd(key, explicitlyAnnual);
  const span = yearSpan(input, written?.rest ?? key);
  if (span === null || 'schedule' in span) return span;
  const dues = written?.dues ?? [];
  const due = dues[0] ?? input.context.annualReportDate ?? null;
  return {
    schedule: { kind: 'annual', text: input.text, ...span, due, ...(dues.length > 1 ? { dues } : {}) },
    warnings: [],
  };
};

type YearlyWindow = (year: number) => DateWindow | InterpretedTimeframe;

interface Focus {
  focus: DateWindow[];
  /** "trọng tâm tháng 11 hằng năm", "… dịp Ngày Pháp luật hằng năm": a window of every year, placed once the years are known. */
  yearly: YearlyWindow[];
  leftover: string;
  warnings: string[];
}

function focusWindows(input: TimeframeInput, rest: string): Focus {
  const focus: DateWindow[] = [];
  const yearly: YearlyWindow[] = [];
  const warnings: string[] = [];
  const take = (window: DateWindow | InterpretedTimeframe) => {
    if ('schedule' in window) warnings.push(...window.warnings);
    else focus.push(window);
    return ' ';
  };
  const eachYear = (window: YearlyWindow) => {
    yearly.push(window);
    return ' ';
  };
  const leftover = rest
    .replace(new RegExp(DATE_RANGE_SOURCE, 'g'), (...m: string[]) => take(rangeWindow(input, m.slice(1, 7))))
    .replace(new RegExp(`${MONTH_LIST_SOURCE} hàng năm`, 'g'), (_all, months: string) =>
      eachYear((year) => monthWindow(input, months, String(year))),
    )
    // In ongoing work over years, a day or month with no year ("trọng tâm vào dịp Ngày Pháp luật") comes each year.
    .replace(/ngày (\d{1,2})\/(\d{1,2})(?: hàng năm|(?![/\d]))/g, (_all, day: string, month: string) =>
      eachYear((year) => {
        const date = tryIsoDate(year, Number(month), Number(day));
        return date === null
          ? unrecognised(input, `“${day}/${month}” không phải là một ngày có thật`)
          : { start: date, end: date };
      }),
    )
    .replace(
      new RegExp(`${MONTH_LIST_SOURCE}(?:(?:,? (?:năm )?|/)(\\d{4}))?`, 'g'),
      (_all, months: string, year?: string) =>
        year === undefined
          ? eachYear((each) => monthWindow(input, months, String(each)))
          : take(monthWindow(input, months, year)),
    );
  return { focus, yearly, leftover, warnings };
}

/** The focus windows, with the yearly ones placed in each year of the work; none where its years are open-ended. */
function everyYear({ focus, yearly, warnings }: Focus, { fromYear, toYear }: Years): DateWindow[] {
  const windows = [...focus];
  for (let year = fromYear ?? Infinity; toYear !== null && year <= toYear; year++) {
    for (const windowIn of yearly) {
      const window = windowIn(year);
      if ('schedule' in window) warnings.push(...window.warnings);
      else windows.push(window);
    }
  }
  return windows.sort((a, b) => (a.start < b.start ? -1 : 1));
}

// "Hằng tuần", "Thứ Hai hằng tuần", "Thứ 5 và Chủ nhật hằng tuần": the weekday says nothing the week does not.
const WEEKLY =
  /^(?:(?:vào )?(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)(?:,? | và ))*(?:định kỳ )?(?:hàng|mỗi) tuần(?: (?:một|1) lần)?$/;

/** There is no weekly report: work done every week is reported with the year's, like ongoing work. */
const weekly: TimeframeMatcher = (input) => {
  if (!WEEKLY.test(input.key)) return null;
  return {
    schedule: {
      kind: 'continuous',
      text: input.text,
      ...withPlanDefaults(input, { fromYear: null, toYear: null }),
      due: input.context.annualReportDate ?? null,
      focus: [],
    },
    warnings: [`“${input.display}”: việc làm hằng tuần, báo cáo cùng báo cáo năm`],
  };
};

// "Thường xuyên, (báo cáo) trước ngày 15/11 (hằng năm)": ongoing work, and the day each year's report of it is due.
// ", báo cáo kết quả" before the day is already gone from the key.
const REPORT_DUE = /[,;]? ?\(?(?:báo cáo )?(trước|chậm nhất)(?: ngày)? (\d{1,2})\/(\d{1,2})(?![\d/])(?: hàng năm)?\)?/;

// "Thường xuyên; báo cáo định kỳ 6 tháng, năm", "…, báo cáo hằng quý": ongoing work reported each period; the
// reports are what fall due.
const REPORTED_EACH_PERIOD = /^[,;] báo cáo (?:định kỳ )?(?=(?:6|06|sáu|3|03|ba) tháng|hàng (?:tháng|quý))/;
// "Thường xuyên; báo cáo định kỳ hằng năm": a yearly report is what ongoing work has anyway.
const YEARLY_REPORT = /[,;]? ?báo cáo (?:định kỳ )?hàng năm$/;

// "Ngay sau khi Luật được thông qua và thường xuyên": the same as "Thường xuyên, ngay sau khi Luật được thông qua".
const EVENT_THEN_ONGOING = new RegExp(`^(${EVENT_START_SOURCE} .+?),? và (${ONGOING_SOURCE})$`);
// "Thường xuyên, ngay sau khi văn bản được ban hành": ongoing work, and the event it starts with, told.
const STARTS_WITH_EVENT = new RegExp(`[,;] ${EVENT_START_SOURCE} .+$`);
const EVENT_WRITTEN = new RegExp(`(${EVENT_START_SOURCE} .+?)(?:,? và ${ONGOING_SOURCE})?$`, 'iu');

const continuous: TimeframeMatcher = (input) => {
  const match = CONTINUOUS.exec(input.key.replace(EVENT_THEN_ONGOING, '$2, $1'));
  if (!match) return null;
  const reported = REPORTED_EACH_PERIOD.exec(match[1]);
  const reports = reported && periodic({ ...input, key: `định kỳ ${match[1].slice(reported[0].length)}` });
  if (reports?.schedule.kind === 'periodic') return reports;
  const startsWith = STARTS_WITH_EVENT.exec(match[1]) && EVENT_WRITTEN.exec(input.display);
  const rest = match[1].replace(STARTS_WITH_EVENT, ' ').replace(YEARLY_REPORT, ' ');
  const reportDue = REPORT_DUE.exec(rest);
  let due = input.context.annualReportDate ?? null;
  if (reportDue !== null) {
    const [, before, day, month] = reportDue;
    if (!isValidDate(2000, Number(month), Number(day))) {
      return unrecognised(input, `“${day}/${month}” không phải là một ngày có thật`);
    }
    const stated = { month: Number(month), day: Number(day) };
    due = before === 'trước' ? dayBefore(stated) : stated;
  }
  const found = focusWindows(input, reportDue === null ? rest : rest.replace(reportDue[0], ' '));
  const { leftover, warnings } = found;
  if (startsWith) {
    const event = startsWith[1].charAt(0).toLowerCase() + startsWith[1].slice(1);
    warnings.push(`“${input.display}” được hiểu là thường xuyên, bắt đầu ${event}`);
  }
  // "Thường xuyên từ năm 2025 đến năm 2026, trọng tâm …": the years, without the clause that named the focus.
  const years = yearRange(
    tidy(
      leftover
        .split(/[,;]/)
        .filter((part) => /\d/.test(part) || !isFiller(part))
        .join(','),
    ),
  );
  if (years === null && !isFiller(leftover))
    warnings.push(`Một phần của “${input.display}” chưa hiểu được; giữ là thường xuyên`);
  const span = withPlanDefaults(input, years ?? { fromYear: null, toYear: null });
  return {
    schedule: {
      kind: 'continuous',
      text: input.text,
      ...span,
      due,
      focus: everyYear(found, span),
    },
    warnings,
  };
};

// "Định kỳ 02 năm/lần", "Hai năm một lần", "Định kỳ 3 năm": a year with the work, then one or more without.
const EVERY_FEW_YEARS =
  /^(?:định kỳ )?(?:(0?[2-5]|hai|ba|bốn|năm) năm(?: ?\/ ?| (?:một|0?1) )lần|(?<=định kỳ )(0?[2-5]|hai|ba|bốn|năm) năm)$/;
const YEARS_IN_WORDS: Readonly<Record<string, number>> = { hai: 2, ba: 3, bốn: 4, năm: 5 };

/** Counted from the plan's first year, the only year the text leaves to count from; the years are told. */
const everyFewYears: TimeframeMatcher = (input) => {
  const match = EVERY_FEW_YEARS.exec(input.key);
  if (!match) return null;
  const written = match[1] ?? match[2];
  const every = YEARS_IN_WORDS[written] ?? Number(written);
  const { fromYear, toYear } = withPlanDefaults(input, { fromYear: null, toYear: null });
  if (fromYear === null || toYear === null) return missingPlanYears(input);
  const years: number[] = [];
  for (let year = fromYear; year <= toYear; year += every) years.push(year);
  const listed =
    years.length > 1 ? `các năm ${years.slice(0, -1).join(', ')} và ${years[years.length - 1]}` : `năm ${years[0]}`;
  return {
    schedule: { kind: 'annual', text: input.text, fromYear, toYear: years[years.length - 1], due: null, years },
    warnings: [`“${input.display}” được hiểu là ${every} năm một lần từ năm đầu của kế hoạch: ${listed}`],
  };
};

export const RECURRING_MATCHERS: readonly TimeframeMatcher[] = [annual, continuous, weekly, everyFewYears];

import { type DateWindow, type InterpretedTimeframe, type MonthDay } from './schedule.types';
import { DATE_RANGE_SOURCE, MONTH_LIST_SOURCE, monthWindow, rangeWindow } from './dated.matchers';
import { unrecognised, type TimeframeInput, type TimeframeMatcher } from './timeframe-text';
import { isValidDate } from '../dates';

interface Years {
  fromYear: number | null;
  toYear: number | null;
}

const YEAR_RANGES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Years]> = [
  [/^(?:từ |giai đoạn )?(?:năm )?(\d{4}) ?- ?(?:năm )?(\d{4})$/, (m) => ({ fromYear: +m[1], toYear: +m[2] })],
  [/^từ (?:năm )?(\d{4}) (?:đến|tới) (?:hết )?(?:năm )?(\d{4})$/, (m) => ({ fromYear: +m[1], toYear: +m[2] })],
  [/^từ (?:năm )?(\d{4})(?: trở đi)?$/, (m) => ({ fromYear: +m[1], toYear: null })],
  [/^(?:đến|tới) (?:hết )?năm (\d{4})$/, (m) => ({ fromYear: null, toYear: +m[1] })],
  [/^năm (\d{4})$/, (m) => ({ fromYear: +m[1], toYear: +m[1] })],
];

// "trước ngày 20/11 hàng năm": an annual deadline stated in the text itself.
const ANNUAL_DATE = /(?:,? ?)(trước |chậm nhất |đến )?ngày (\d{1,2})\/(\d{1,2})(?:,? ?)/;
const FILLER_WORDS = new Set(
  'trọng tâm đặc biệt tập trung vào cao điểm hàng năm định kỳ và trong tháng các ngày'.split(' '),
);

const tidy = (text: string): string => text.replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '');

const isFiller = (text: string): boolean =>
  text.split(/[\s(),;:.-]+/).every((word) => word === '' || /^\d+$/.test(word) || FILLER_WORDS.has(word));

function yearRange(text: string): Years | null {
  if (text === '') return { fromYear: null, toYear: null };
  for (const [pattern, toYears] of YEAR_RANGES) {
    const match = pattern.exec(text);
    if (match) return toYears(match);
  }
  return null;
}

function withPlanDefaults(input: TimeframeInput, years: Years): Years {
  const plan = input.context.planPeriod ?? {};
  return { fromYear: years.fromYear ?? plan.from ?? null, toYear: years.toYear ?? plan.to ?? null };
}

function statedDue(input: TimeframeInput, key: string): { due: MonthDay | null; rest: string } | InterpretedTimeframe {
  const match = ANNUAL_DATE.exec(key);
  if (!match) return { due: input.context.annualReportDate ?? null, rest: key };
  const [day, month] = [Number(match[2]), Number(match[3])];
  if (!isValidDate(2000, month, day)) return unrecognised(input, `"${day}/${month}" is not a calendar date`);
  const before = match[1] === 'trước ';
  const due = before ? dayBefore({ month, day }) : { month, day };
  return { due, rest: (key.slice(0, match.index) + ' ' + key.slice(match.index + match[0].length)).trim() };
}

// Computed in a leap year so "trước ngày 01/03" gives 29/02; deadlines clamp it to 28/02 in other years.
function dayBefore({ month, day }: MonthDay): MonthDay {
  if (day > 1) return { month, day: day - 1 };
  const previous = month === 1 ? 12 : month - 1;
  return { month: previous, day: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][previous - 1] };
}

const annual: TimeframeMatcher = (input) => {
  const explicitlyAnnual = input.key.includes('hàng năm');
  const key = explicitlyAnnual ? tidy(input.key.replace(/(?:định kỳ )?hàng năm/, ' ')) : input.key;
  const stated = explicitlyAnnual ? statedDue(input, key) : { due: input.context.annualReportDate ?? null, rest: key };
  if ('schedule' in stated) return stated;
  const years = yearRange(tidy(stated.rest));
  if (years === null) return null;
  const span = withPlanDefaults(input, years);
  if (span.fromYear !== null && span.toYear !== null && span.fromYear > span.toYear) {
    return unrecognised(input, `The years in "${input.display}" run backwards or fall outside the plan period`);
  }
  return {
    schedule: { kind: 'annual', text: input.text, ...span, due: stated.due },
    warnings: [],
  };
};

function focusWindows(
  input: TimeframeInput,
  rest: string,
): { focus: DateWindow[]; leftover: string; warnings: string[] } {
  const focus: DateWindow[] = [];
  const warnings: string[] = [];
  const take = (window: DateWindow | InterpretedTimeframe) => {
    if ('schedule' in window) warnings.push(...window.warnings);
    else focus.push(window);
    return ' ';
  };
  const leftover = rest
    .replace(new RegExp(DATE_RANGE_SOURCE, 'g'), (...m: string[]) => take(rangeWindow(input, m.slice(1, 7))))
    .replace(
      new RegExp(`${MONTH_LIST_SOURCE}(?:(?:,? (?:năm )?|/)(\\d{4}))?`, 'g'),
      (_all, months: string, year?: string) => take(monthWindow(input, months, year)),
    );
  return { focus: focus.sort((a, b) => (a.start < b.start ? -1 : 1)), leftover, warnings };
}

const continuous: TimeframeMatcher = (input) => {
  const match = /^thường xuyên(.*)$/.exec(input.key);
  if (!match) return null;
  const { focus, leftover, warnings } = focusWindows(input, match[1]);
  const years = yearRange(tidy(leftover));
  if (years === null && !isFiller(leftover))
    warnings.push(`Part of "${input.display}" was not understood; kept as continuous`);
  return {
    schedule: {
      kind: 'continuous',
      text: input.text,
      ...withPlanDefaults(input, years ?? { fromYear: null, toYear: null }),
      due: input.context.annualReportDate ?? null,
      focus,
    },
    warnings,
  };
};

export const RECURRING_MATCHERS: readonly TimeframeMatcher[] = [annual, continuous];

import { type InterpretedTimeframe, type ReportingInterval } from './schedule.types';
import { unrecognised, type TimeframeInput, type TimeframeMatcher } from './timeframe-text';
import { yearSpan } from './year-span';

const COUNT = '(\\d{1,2}|một|ba|sáu)';
// "Hằng quý", "định kỳ hằng tháng", "6 tháng một lần", "định kỳ 06 tháng", "6 tháng/lần".
const EVERY: readonly RegExp[] = [
  /(?:định kỳ )?(?:hàng|mỗi) (tháng|quý)(?: (?:một|1) lần)?/,
  new RegExp(`(?:định kỳ |mỗi )?${COUNT} tháng(?: (?:một|1) lần| ?\\/ ?lần)`),
  new RegExp(`(?:định kỳ|mỗi) ${COUNT} tháng`),
  // "Trước ngày 20 tháng cuối quý", "trước ngày 10 của tháng đầu quý sau": a day of each quarter's last month, or
  // of the month after it, makes the work quarterly.
  /(?=.* tháng cuối (quý))/,
  /(?=.* tháng đầu (?:của )?(quý) (?:sau|tiếp theo|kế tiếp))/,
];
// "trước ngày 25 hằng tháng", "trước ngày 15 của tháng cuối quý": a day of each period's last month.
// "trước ngày 10 của tháng đầu quý sau", "trước ngày 05 của tháng sau": a day of the month after the period.
const DUE_DAY =
  /(?:(trước|chậm nhất|đến|vào) )?ngày (\d{1,2})(?![\d/])(?:( (?:của )?tháng cuối (?:quý|kỳ))|( (?:của )?(?:tháng đầu (?:của )?(?:quý|kỳ)|tháng) (?:sau|tiếp theo|kế tiếp)))?/;

// How many months a word in those phrases stands for.
const MONTHS_IN_WORD: Readonly<Record<string, number>> = { tháng: 1, quý: 3, một: 1, ba: 3, sáu: 6 };
const INTERVALS: Readonly<Record<number, ReportingInterval>> = { 1: 'month', 3: 'quarter', 6: 'halfYear' };

function dueDay(
  input: TimeframeInput,
  every: ReportingInterval,
  rest: string,
): { dueDay: number | null; dueAfterPeriod: boolean; rest: string } | InterpretedTimeframe {
  const match = DUE_DAY.exec(rest);
  if (!match) return { dueDay: null, dueAfterPeriod: false, rest };
  const dueAfterPeriod = match[4] !== undefined;
  const namesTheMonth = match[3] !== undefined || (dueAfterPeriod && /tháng đầu/u.test(match[4]));
  if ((every === 'month') === namesTheMonth) {
    return unrecognised(input, `“${input.display}” không nói hạn rơi vào tháng nào của kỳ`);
  }
  const written = Number(match[2]);
  if (written < 1 || written > 31) return unrecognised(input, `${match[2]} không phải là một ngày trong tháng`);
  const day = match[1] === 'trước' ? written - 1 : written;
  if (day === 0) return unrecognised(input, `“trước ngày ${match[2]}” rơi vào tháng trước`);
  return {
    dueDay: day,
    dueAfterPeriod,
    rest: rest.slice(0, match.index) + ' ' + rest.slice(match.index + match[0].length),
  };
}

/** Reports every month, quarter or half year, on the period's last day unless the text names a day. */
export const periodic: TimeframeMatcher = (input): InterpretedTimeframe | null => {
  const match = EVERY.map((pattern) => pattern.exec(input.key)).find((found) => found !== null);
  if (!match) return null;
  const months = MONTHS_IN_WORD[match[1]] ?? Number(match[1]);
  const every = INTERVALS[months] as ReportingInterval | undefined;
  if (every === undefined)
    return unrecognised(input, `“${input.display}”: ${months} tháng một lần không phải là một kỳ báo cáo`);
  // "Định kỳ 6 tháng và hằng năm": the yearly report is the last period's.
  const rest = (input.key.slice(0, match.index) + ' ' + input.key.slice(match.index + match[0].length)).replace(
    /(?:,| và) hàng năm/,
    ' ',
  );
  const due = dueDay(input, every, rest);
  if ('schedule' in due) return due;
  const span = yearSpan(input, due.rest);
  if (span === null || 'schedule' in span) return span;
  return {
    schedule: {
      kind: 'periodic',
      text: input.text,
      every,
      ...span,
      dueDay: due.dueDay,
      ...(due.dueAfterPeriod ? { dueAfterPeriod: true as const } : {}),
    },
    warnings: [],
  };
};

export const PERIODIC_MATCHERS: readonly TimeframeMatcher[] = [periodic];

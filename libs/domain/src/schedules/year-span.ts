import { type InterpretedTimeframe } from './schedule.types';
import { unrecognised, type TimeframeInput } from './timeframe-text';

export interface Years {
  fromYear: number | null;
  toYear: number | null;
}

// Two years listed ("Năm 2025, 2026", "Các năm 2026 và 2027") are a span only when they follow each other.
const consecutive = (m: RegExpExecArray): Years | null =>
  +m[2] === +m[1] + 1 ? { fromYear: +m[1], toYear: +m[2] } : null;

const YEAR_RANGES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Years | null]> = [
  [/^(?:từ |giai đoạn )?(?:năm )?(\d{4}) ?- ?(?:năm )?(\d{4})$/, (m) => ({ fromYear: +m[1], toYear: +m[2] })],
  [/^(?:các )?năm (\d{4})(?:, ?| và )(?:năm )?(\d{4})$/, consecutive],
  [/^(\d{4})$/, (m) => ({ fromYear: +m[1], toYear: +m[1] })],
  [/^từ (?:năm )?(\d{4}) (?:đến|tới) (?:hết )?(?:năm )?(\d{4})$/, (m) => ({ fromYear: +m[1], toYear: +m[2] })],
  [/^từ (?:năm )?(\d{4})(?: trở đi)?$/, (m) => ({ fromYear: +m[1], toYear: null })],
  [/^(?:(?:đến|tới) (?:hết )?(?:năm )?|hết năm )(\d{4})$/, (m) => ({ fromYear: null, toYear: +m[1] })],
  [/^năm (\d{4})$/, (m) => ({ fromYear: +m[1], toYear: +m[1] })],
  [/^(?:từ )?(?:năm )?(\d{4}) và (?:những|các) năm tiếp theo$/, (m) => ({ fromYear: +m[1], toYear: null })],
  // "Cả năm", "Trong năm": the year the work is in, each year of the plan.
  [/^năm$/, () => ({ fromYear: null, toYear: null })],
];

// Parentheses emptied by the phrases taken out of them ("Hằng tháng (trước ngày 25)") go too.
export const tidy = (text: string): string =>
  text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');

/** The years a recurring time frame's remaining words name; empty words mean the whole plan; null: not years. */
export function yearRange(text: string): Years | null {
  if (text === '') return { fromYear: null, toYear: null };
  for (const [pattern, toYears] of YEAR_RANGES) {
    const match = pattern.exec(text);
    if (match) return toYears(match);
  }
  return null;
}

export function withPlanDefaults(input: TimeframeInput, years: Years): Years {
  const plan = input.context.planPeriod ?? {};
  return { fromYear: years.fromYear ?? plan.from ?? null, toYear: years.toYear ?? plan.to ?? null };
}

/** `yearRange` over the plan's years, refusing a span that runs backwards; null when `rest` names no years. */
export function yearSpan(input: TimeframeInput, rest: string): Years | InterpretedTimeframe | null {
  const years = yearRange(tidy(rest));
  if (years === null) return null;
  const span = withPlanDefaults(input, years);
  if (span.fromYear !== null && span.toYear !== null && span.fromYear > span.toYear) {
    return unrecognised(input, `Các năm trong “${input.display}” ngược thứ tự hoặc nằm ngoài thời gian của kế hoạch`);
  }
  return span;
}

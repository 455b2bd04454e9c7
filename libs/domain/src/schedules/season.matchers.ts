import { lunarToSolar } from '../calendar';
import { type IsoDate, addDays, formatVietnamese, isoDate } from '../dates';
import { type InterpretedTimeframe, type MonthDay } from './schedule.types';
import {
  missingPlanYears,
  missingYear,
  resolveYear,
  type TimeframeInput,
  type TimeframeMatcher,
} from './timeframe-text';
import { withPlanDefaults } from './year-span';

// Schools teach from September to May, and the summer holiday runs June to August; plans for pupils and young people
// time their work by them, and campaigns by Tết. Each reading is told, since the plan named a season and not a day.
const SCHOOL_YEAR_ENDS: MonthDay = { month: 5, day: 31 };
const SUMMER_ENDS: MonthDay = { month: 8, day: 31 };

// "Hằng năm học", "Theo năm học", "Trong năm học", "Năm học 2025-2026 và các năm học tiếp theo".
const EACH_SCHOOL_YEAR =
  /^(?:(?:(?:hàng|mỗi|theo|từng) )?năm học|(?:từ )?năm học (\d{4})-(\d{4}) và (?:những|các) năm học tiếp theo)$/;
// "Hè 2026", "Dịp hè năm 2026", "Trong dịp hè hằng năm".
const SUMMER = /^(?:(?:trong|vào) )?(?:(?:dịp|kỳ nghỉ|mùa) )?hè(?: (?:năm )?(\d{4})| (hàng năm))?$/;

// "Năm học 2025-2026 và năm học 2026-2027", "Các năm học 2025-2026, 2026-2027", "Từ năm học 2025-2026 đến năm học
// 2029-2030": school years one after another.
const SCHOOL_YEARS = /^(?:(?:các|từ) )?năm học \d{4}-\d{4}(?:(?:, ?| và | đến )(?:năm học )?\d{4}-\d{4})+$/;

const yearly = (
  input: TimeframeInput,
  fromYear: number | null,
  due: MonthDay,
  told: string,
  toYear: number | null = null,
): InterpretedTimeframe => ({
  schedule: { kind: 'annual', text: input.text, ...withPlanDefaults(input, { fromYear, toYear }), due },
  warnings: [`“${input.display}” được hiểu là ${told}: hạn mỗi năm là ${dayMonth(due)}`],
});

const dayMonth = ({ month, day }: MonthDay): string =>
  `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;

const eachSchoolYear: TimeframeMatcher = (input) => {
  const match = EACH_SCHOOL_YEAR.exec(input.key);
  if (!match || (match[1] !== undefined && Number(match[2]) !== Number(match[1]) + 1)) return null;
  const fromYear = match[2] === undefined ? null : Number(match[2]);
  return yearly(input, fromYear, SCHOOL_YEAR_ENDS, 'mỗi năm học, từ 01/09 đến 31/05');
};

/** Each school year listed, or from the first to the last, as yearly work due when each ends; a gap is left unread. */
const schoolYears: TimeframeMatcher = (input) => {
  if (!SCHOOL_YEARS.test(input.key)) return null;
  const years = [...input.key.matchAll(/(\d{4})-(\d{4})/g)].map(([, from, to]) => [Number(from), Number(to)]);
  const through = input.key.includes(' đến ');
  const first = years[0];
  const last = years[years.length - 1];
  const each = years.every(([from, to]) => to === from + 1);
  const adjoining = through
    ? years.length === 2 && last[0] > first[0]
    : years.every(([from], i) => i === 0 || from === years[i - 1][1]);
  if (!each || !adjoining) return null;
  return yearly(input, first[1], SCHOOL_YEAR_ENDS, 'mỗi năm học, từ 01/09 đến 31/05', last[1]);
};

const summer: TimeframeMatcher = (input) => {
  const match = SUMMER.exec(input.key);
  if (!match) return null;
  if (match[2] !== undefined) return yearly(input, null, SUMMER_ENDS, 'mỗi năm từ 01/06 đến 31/08');
  const year = resolveYear(match[1], input.context);
  if (year === null) return missingYear(input);
  return seasonWindow(input, isoDate(year, 6, 1), isoDate(year, 8, 31));
};

function seasonWindow(input: TimeframeInput, start: IsoDate, end: IsoDate, told?: string): InterpretedTimeframe {
  const span = `từ ${formatVietnamese(start)} đến ${formatVietnamese(end)}`;
  return {
    schedule: { kind: 'window', text: input.text, start, end },
    warnings: [`“${input.display}” được hiểu là ${told === undefined ? span : `${told}: ${span}`}`],
  };
}

// "Trước, trong và sau Ngày Pháp luật năm 2026", "Trong và sau ngày 09/11": the campaign around Law Day, whose work
// runs on past the day; read as its November. (The time frame's text has Law Day as "ngày 09/11" by now.)
const AROUND_LAW_DAY = /^(?:trước,? (?:trong )?|trong )?và sau ngày 09\/11(?:\/(\d{4})| (hàng năm))?$/;
const LAW_DAY_MONTH_ENDS: MonthDay = { month: 11, day: 30 };

const aroundLawDay: TimeframeMatcher = (input) => {
  const match = AROUND_LAW_DAY.exec(input.key);
  if (!match) return null;
  const around = 'quanh Ngày Pháp luật 09/11';
  if (match[2] !== undefined) return yearly(input, null, LAW_DAY_MONTH_ENDS, `tháng 11 mỗi năm, ${around}`);
  const year = resolveYear(match[1], input.context);
  if (year === null) return missingYear(input);
  return seasonWindow(input, isoDate(year, 11, 1), isoDate(year, 11, 30), `tháng 11, ${around}`);
};

// "Dịp Tết Nguyên đán năm 2026", "Trước, trong và sau Tết Nguyên đán Bính Ngọ 2026", "Tết Nguyên đán hằng năm",
// "Dịp Tết năm 2026"; and work due before it, "Trước Tết Nguyên đán 2026".
const TET_NAMED =
  'tết(?: nguyên đán)?(?: (?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý) (?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))?(?: (?:năm )?(\\d{4})| (hàng năm))?$';
const TET = new RegExp(`^(?:(?:vào|nhân) )?(?:(?:trước, trong và sau|trước và sau|trong) )?(?:dịp )?${TET_NAMED}`);
const BEFORE_TET = new RegExp(`^trước (?:dịp )?${TET_NAMED}`);

/** From Ông Công Ông Táo (the 23rd of the last lunar month) to Rằm tháng Giêng (the 15th of the first): Tết's season. */
function tetSeason(year: number): { start: IsoDate; end: IsoDate } {
  return { start: lunarToSolar(year - 1, 12, 23) as IsoDate, end: lunarToSolar(year, 1, 15) as IsoDate };
}

const dayBeforeTet = (year: number): IsoDate => addDays(lunarToSolar(year, 1, 1) as IsoDate, -1);

/** Tết moves from year to year, so every year's date is one of its own: a one-off schedule with one per year. */
function eachYearsDate(
  input: TimeframeInput,
  dateIn: (year: number) => IsoDate,
  told: (dates: string) => string,
): InterpretedTimeframe {
  const { fromYear, toYear } = withPlanDefaults(input, { fromYear: null, toYear: null });
  if (fromYear === null || toYear === null) return missingPlanYears(input);
  const dues = Array.from({ length: toYear - fromYear + 1 }, (_, i) => dateIn(fromYear + i)).map((due) => ({
    period: due,
    due,
  }));
  return {
    schedule: { kind: 'once', text: input.text, ...dues[0], ...(dues.length > 1 ? { dues } : {}) },
    warnings: [`“${input.display}” được hiểu là ${told(dues.map(({ due }) => formatVietnamese(due)).join(', '))}`],
  };
}

const tet: TimeframeMatcher = (input) => {
  const match = TET.exec(input.key);
  if (!match) return null;
  if (match[2] !== undefined) {
    return eachYearsDate(
      input,
      (year) => tetSeason(year).end,
      (dates) => `dịp Tết mỗi năm, từ 23 tháng Chạp đến Rằm tháng Giêng: hạn là Rằm tháng Giêng (${dates})`,
    );
  }
  const year = resolveYear(match[1], input.context);
  if (year === null) return missingYear(input);
  const { start, end } = tetSeason(year);
  return {
    schedule: { kind: 'window', text: input.text, start, end },
    warnings: [
      `“${input.display}” được hiểu là dịp Tết, từ 23 tháng Chạp (${formatVietnamese(start)}) đến Rằm tháng Giêng (${formatVietnamese(end)})`,
    ],
  };
};

const beforeTet: TimeframeMatcher = (input) => {
  const match = BEFORE_TET.exec(input.key);
  if (!match) return null;
  if (match[2] !== undefined)
    return eachYearsDate(input, dayBeforeTet, (dates) => `trước mùng 1 Tết mỗi năm: hạn là ${dates}`);
  const year = resolveYear(match[1], input.context);
  if (year === null) return missingYear(input);
  const due = dayBeforeTet(year);
  return {
    schedule: { kind: 'once', text: input.text, due, period: due },
    warnings: [`“${input.display}” được hiểu là trước mùng 1 Tết: hạn là ${formatVietnamese(due)}`],
  };
};

export const SEASON_MATCHERS: readonly TimeframeMatcher[] = [
  eachSchoolYear,
  schoolYears,
  summer,
  aroundLawDay,
  tet,
  beforeTet,
];

// Calendar dates are plain 'YYYY-MM-DD' strings in Vietnam's civil calendar; arithmetic goes through a UTC
// day number so the machine's time zone never leaks in.
export type IsoDate = string & { readonly __isoDate: true };

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function tryIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isValidDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  const date = tryIsoDate(year, month, day);
  if (date === null) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return date;
}

export function tryParseIsoDate(text: string): IsoDate | null {
  const match = ISO_PATTERN.exec(text);
  return match ? tryIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export function parseIsoDate(text: string): IsoDate {
  const date = tryParseIsoDate(text);
  if (date === null) throw new RangeError(`Not an ISO calendar date: ${text}`);
  return date;
}

export function dateParts(date: IsoDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Vietnamese display form, e.g. 05/09/2026. */
export function formatVietnamese(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): IsoDate {
  const utc = new Date(epochDay * MS_PER_DAY);
  return isoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromEpochDay(toEpochDay(date) + days);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => toEpochDay(to) - toEpochDay(from);

export const compareIsoDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

export const minIsoDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);

export const maxIsoDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

export const lastDayOfMonth = (year: number, month: number): IsoDate => isoDate(year, month, daysInMonth(year, month));

export const firstDayOfQuarter = (year: number, quarter: number): IsoDate => isoDate(year, quarter * 3 - 2, 1);

export const lastDayOfQuarter = (year: number, quarter: number): IsoDate => lastDayOfMonth(year, quarter * 3);

/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (date: IsoDate): number => (((toEpochDay(date) + 4) % 7) + 7) % 7;

export const isWeekend = (date: IsoDate): boolean => {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
};

import { fromEpochDay, isoDate, toEpochDay, type IsoDate } from '../dates';

// Hồ Ngọc Đức's Vietnamese lunar calendar: astronomical new moons and solar terms, evaluated at UTC+7
// (the Vietnamese calendar has used the UTC+7 meridian since 1968, which is why Tết can differ from China's).
const TIME_ZONE_HOURS = 7;
const JULIAN_DAY_OF_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_1900 = 2415021.076998695;
const RAD = Math.PI / 180;

const julianDay = (date: IsoDate): number => toEpochDay(date) + JULIAN_DAY_OF_EPOCH;
const fromJulianDay = (jd: number): IsoDate => fromEpochDay(jd - JULIAN_DAY_OF_EPOCH);

function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * RAD * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(RAD * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(RAD * 2 * f) - 0.0051 * Math.sin(RAD * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(RAD * (m - mpr)) + 0.0004 * Math.sin(RAD * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(RAD * (2 * f - m)) - 0.0006 * Math.sin(RAD * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(RAD * (2 * f - mpr)) + 0.0005 * Math.sin(RAD * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);

function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * m) + 0.00029 * Math.sin(RAD * 3 * m);
  const l = (l0 + dl) * RAD;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** The solar term (0–11, 30° each) at the start of the given day. */
const solarTerm = (dayNumber: number): number =>
  Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);

/** Day number of the start of the 11th lunar month (the one holding the winter solstice) of a year. */
function lunarMonth11(year: number): number {
  const offset = julianDay(isoDate(year, 12, 31)) - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const day = newMoonDay(k);
  return solarTerm(day) >= 9 ? newMoonDay(k - 1) : day;
}

function leapMonthOffset(month11: number): number {
  const k = Math.floor((month11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarTerm(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = solarTerm(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The Gregorian date of a lunar date (non-leap month unless `leapMonth`); null if that leap month does not exist. */
export function lunarToSolar(
  lunarYear: number,
  lunarMonth: number,
  lunarDay: number,
  leapMonth = false,
): IsoDate | null {
  const [a11, b11] =
    lunarMonth < 11
      ? [lunarMonth11(lunarYear - 1), lunarMonth11(lunarYear)]
      : [lunarMonth11(lunarYear), lunarMonth11(lunarYear + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
  let offset = (lunarMonth - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    const leap = (leapOffset - 2 + 12) % 12;
    if (leapMonth && lunarMonth !== leap) return null;
    if (leapMonth || offset >= leapOffset) offset += 1;
  } else if (leapMonth) {
    return null;
  }
  return fromJulianDay(newMoonDay(k + offset) + lunarDay - 1);
}

/** Tết Nguyên đán: the first day of the first lunar month. */
export const lunarNewYear = (year: number): IsoDate => lunarToSolar(year, 1, 1) as IsoDate;

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
export const hungKingsDay = (year: number): IsoDate => lunarToSolar(year, 3, 10) as IsoDate;

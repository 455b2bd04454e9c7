import { dateParts, fromEpochDay, type IsoDate } from './iso-date';

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The instant (epoch ms) of a wall-clock time ('HH:mm') in Vietnam on the given date. */
export function atLocalTime(date: IsoDate, time: string): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a HH:mm time: ${time}`);
  const { year, month, day } = dateParts(date);
  const minutes = Number(match[1]) * 60 + Number(match[2]) - VIETNAM_UTC_OFFSET_MINUTES;
  return Date.UTC(year, month - 1, day) + minutes * MS_PER_MINUTE;
}

/** The date on Vietnamese calendars at the given instant. */
export const localDateOf = (epochMs: number): IsoDate =>
  fromEpochDay(Math.floor((epochMs + VIETNAM_UTC_OFFSET_MINUTES * MS_PER_MINUTE) / MS_PER_DAY));

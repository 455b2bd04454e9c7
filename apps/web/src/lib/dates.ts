import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('vi');
dayjs.tz.setDefault(TIME_ZONE);

/** A calendar date ('YYYY-MM-DD') as dd/mm/yyyy; never shifted by a time zone. */
export const formatDate = (date: string | null | undefined): string => {
  if (!date) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
};

/** An instant (ISO 8601) as dd/mm/yyyy HH:mm in Hà Nội time. */
export const formatInstant = (instant: string | null | undefined): string => {
  if (!instant) return '—';
  const parsed = dayjs(instant);
  return parsed.isValid() ? parsed.tz(TIME_ZONE).format('DD/MM/YYYY HH:mm') : instant;
};

/** Calendar days from today in Hà Nội to the due date (negative when overdue). */
export const daysUntil = (due: string, now: Date = new Date()): number => {
  const today = dayjs(now).tz(TIME_ZONE).format('YYYY-MM-DD');
  return dayjs(due.slice(0, 10)).diff(dayjs(today), 'day');
};

export const daysLeftText = (daysLeft: number): string => {
  if (daysLeft > 0) return `Còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'Hôm nay là hạn';
  return `Quá hạn ${-daysLeft} ngày`;
};

const quarters = ['I', 'II', 'III', 'IV'];

/** A reporting period ('2026', '2024-Q3', '2024-H1', '2024-11', a date, a window 'start/end', 'request-1') in words. */
export const formatPeriod = (period: string): string => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Quý ${quarters[Number(quarter[2]) - 1]}/${quarter[1]}`;
  const half = /^(\d{4})-H([12])$/.exec(period);
  if (half) return `6 tháng ${half[2] === '1' ? 'đầu' : 'cuối'} năm ${half[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `Tháng ${Number(month[2])}/${month[1]}`;
  if (/^\d{4}$/.test(period)) return `Năm ${period}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return `Ngày ${formatDate(period)}`;
  const window = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (window) return `Từ ${formatDate(window[1])} đến ${formatDate(window[2])}`;
  const request = /^request-(\d+)$/.exec(period);
  if (request) return `Đợt ${request[1]}`;
  return period;
};

/** The same words inside a sentence: only the first letter lowered, so a quarter keeps its Roman numeral. */
export const periodInSentence = (period: string): string => {
  const words = formatPeriod(period);
  return words.charAt(0).toLocaleLowerCase('vi') + words.slice(1);
};

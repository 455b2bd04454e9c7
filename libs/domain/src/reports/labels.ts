import { type StatusBucket } from './status-buckets';

/** The buckets as the Government Office's tracking system names them. */
export const BUCKET_LABELS: Record<StatusBucket, string> = {
  doneOnTime: 'Đã hoàn thành đúng hạn',
  doneLate: 'Đã hoàn thành quá hạn',
  openInTime: 'Đang thực hiện trong hạn',
  openOverdue: 'Đang thực hiện quá hạn',
  waived: 'Được miễn thực hiện',
  cancelled: 'Đã huỷ',
};

export const ROLE_LABELS: Record<'lead' | 'coordinating', string> = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
};

const QUARTERS = ['I', 'II', 'III', 'IV'];

const dayMonthYear = (date: string): string => date.split('-').reverse().join('/');

/** A plan by its number; a plan issued with a decision ("350/QĐ-UBND") carries the decision's. */
export function planNumberLabel(number: string | null): string {
  if (number === null) return 'Kế hoạch';
  return /\/Q[ĐD]-/iu.test(number) ? `Kế hoạch ban hành kèm theo Quyết định số ${number}` : `Kế hoạch số ${number}`;
}

/** A reporting period key ('2026', '2024-Q3', '2024-H1', '2024-11', a date, a window 'start/end', 'request-1') as a report names it. */
export function periodLabel(period: string): string {
  const [, year, quarter] = /^(\d{4})-Q([1-4])$/.exec(period) ?? [];
  if (quarter) return `Quý ${QUARTERS[Number(quarter) - 1]}/${year}`;
  const [, halfYear, half] = /^(\d{4})-H([12])$/.exec(period) ?? [];
  if (half) return `6 tháng ${half === '1' ? 'đầu' : 'cuối'} năm ${halfYear}`;
  const [, monthYear, month] = /^(\d{4})-(\d{2})$/.exec(period) ?? [];
  if (month) return `Tháng ${Number(month)}/${monthYear}`;
  if (/^\d{4}$/.test(period)) return `Năm ${period}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return `Ngày ${dayMonthYear(period)}`;
  const [, start, end] = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(period) ?? [];
  if (end) return `Từ ${dayMonthYear(start)} đến ${dayMonthYear(end)}`;
  const [, round] = /^request-(\d+)$/.exec(period) ?? [];
  return round ? `Đợt ${round}` : period;
}

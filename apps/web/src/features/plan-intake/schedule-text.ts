/** A schedule's kind (libs/domain) in Vietnamese. */
const kinds: Record<string, string> = {
  once: 'Một lần',
  annual: 'Hằng năm',
  periodic: 'Định kỳ trong năm',
  continuous: 'Thường xuyên (báo cáo cùng báo cáo năm)',
  window: 'Trong một khoảng thời gian',
  onRequest: 'Khi có yêu cầu',
  eventRelative: 'Theo một sự kiện chưa xác định ngày',
  unrecognised: 'Chưa hiểu được, giữ nguyên văn bản',
};

/** How often a periodic schedule reports (`every` in libs/domain). */
const intervals: Record<string, string> = {
  month: 'Hằng tháng',
  quarter: 'Hằng quý',
  halfYear: '6 tháng một lần',
};

export const scheduleKindText = (kind: string | null): string =>
  kind === null ? 'Chưa có thời hạn' : (kinds[kind] ?? kind);

/** The kind in words, told apart further by the schedule itself when it is at hand: how often, how many dates. */
export const scheduleText = (kind: string | null, schedule: Record<string, unknown> | null | undefined): string => {
  if (schedule?.kind !== kind) return scheduleKindText(kind);
  if (kind === 'periodic') return intervals[String(schedule.every)] ?? scheduleKindText(kind);
  const dues = Array.isArray(schedule.dues) ? schedule.dues.length : 1;
  if (kind !== 'annual') return dues > 1 ? `${dues} lần` : scheduleKindText(kind);
  const often = dues > 1 ? `${dues} lần mỗi năm` : scheduleKindText(kind);
  return Array.isArray(schedule.years) ? `${often}, chỉ các năm ${listed(schedule.years.map(String))}` : often;
};

/** "2026, 2028 và 2030". */
const listed = (items: string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;

/** A schedule's kind (libs/domain) in Vietnamese. */
const kinds: Record<string, string> = {
  once: 'Một lần',
  annual: 'Hằng năm',
  continuous: 'Thường xuyên (báo cáo cùng báo cáo năm)',
  window: 'Trong một khoảng thời gian',
  onRequest: 'Khi có yêu cầu',
  eventRelative: 'Theo một sự kiện chưa xác định ngày',
  unrecognised: 'Chưa hiểu được, giữ nguyên văn bản',
};

export const scheduleKindText = (kind: string | null): string =>
  kind === null ? 'Chưa có thời hạn' : (kinds[kind] ?? kind);

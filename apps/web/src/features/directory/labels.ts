import type { DayOff, HolidayName, InspectionStatus } from '../../api/types';

export { AGENCY_KIND_LABELS as agencyKindLabels } from '../../lib/labels';

export const holidayLabels: Record<HolidayName, string> = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng',
  labourDay: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
};

export const dayOffReasonLabels: Record<DayOff['reason'], string> = {
  statutory: 'nghỉ lễ, Tết theo luật',
  compensatory: 'nghỉ bù',
  announced: 'nghỉ theo thông báo',
};

export const inspectionStatusLabels: Record<InspectionStatus, string> = {
  scheduled: 'Đã lên lịch',
  notified: 'Đang kiểm tra',
  reported: 'Đã gửi báo cáo kết quả',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

export const optionsOf = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

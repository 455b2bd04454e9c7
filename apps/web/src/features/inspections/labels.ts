import type { InspectionStatus, Rating } from '../../api/types';

export const ratingLabels: Record<Rating, string> = {
  tot: 'Tốt',
  kha: 'Khá',
  dat: 'Đạt',
  chua_dat: 'Chưa đạt',
};

export const ratingOptions = (Object.keys(ratingLabels) as Rating[]).map((value) => ({
  value,
  label: ratingLabels[value],
}));

export const inspectionStatusLabels: Record<InspectionStatus, string> = {
  scheduled: 'Đã lên lịch',
  notified: 'Đang kiểm tra',
  reported: 'Đã gửi báo cáo kết quả',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

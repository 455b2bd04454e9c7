import type { TimelineEmail, TimelineEvent } from '../../api/types';
import type { Tone } from '../../components/tone-tag';

export const actionLabels: Record<TimelineEvent['action'], string> = {
  opened: 'Giao nhiệm vụ',
  rescheduled: 'Điều chỉnh lịch',
  submitted: 'Gửi báo cáo',
  accepted: 'Tiếp nhận báo cáo',
  returned: 'Trả lại báo cáo',
  extended: 'Gia hạn',
  waived: 'Miễn thực hiện',
  reassigned: 'Giao lại cho cơ quan khác',
  cancelled: 'Hủy nhiệm vụ',
  overdue: 'Quá hạn',
  reminded: 'Thư nhắc hạn',
  escalated: 'Thư đôn đốc',
  backfilled: 'Bổ sung dữ liệu',
};

export const actionColors: Record<TimelineEvent['action'], string> = {
  opened: 'blue',
  rescheduled: 'gray',
  submitted: 'blue',
  accepted: 'green',
  returned: 'orange',
  extended: 'gray',
  waived: 'gray',
  reassigned: 'purple',
  cancelled: 'gray',
  overdue: 'red',
  reminded: 'cyan',
  escalated: 'red',
  backfilled: 'gray',
};

/** What the note holds, by kind of event. */
export const noteLabels: Partial<Record<TimelineEvent['action'], string>> = {
  submitted: 'Phiên bản',
  returned: 'Ý kiến',
  accepted: 'Ý kiến',
  extended: 'Lý do',
  waived: 'Lý do',
  reassigned: 'Lý do',
  cancelled: 'Lý do',
  reminded: 'Bước',
  escalated: 'Bước',
};

export const emailStatusLabels: Record<TimelineEmail['status'], { label: string; tone: Tone }> = {
  sent: { label: 'Đã gửi', tone: 'success' },
  refused: { label: 'Bị từ chối', tone: 'danger' },
  pending: { label: 'Đang chờ gửi', tone: 'warning' },
};

export { ASSIGNMENT_ROLE_LABELS as roleLabels } from '../../lib/labels';

const namedSteps: Record<string, string> = {
  'due-day': 'đúng ngày đến hạn',
  'overdue-focal-point': 'quá hạn, gửi đầu mối của cơ quan',
  'overdue-agency-head': 'quá hạn, gửi thủ trưởng cơ quan',
  'overdue-leadership': 'quá hạn, gửi lãnh đạo phụ trách',
};

/** A reminder's or escalation's step ('before-7d', 'due-day', 'overdue-agency-head'), a report's version ('v2'). */
export const stepText = (step: string): string => {
  const before = /^before-(\d+)d?$/.exec(step);
  if (before) return `trước hạn ${before[1]} ngày`;
  const version = /^v(\d+)$/.exec(step);
  if (version) return `lần ${version[1]}`;
  return namedSteps[step] ?? step;
};

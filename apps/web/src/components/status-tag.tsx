import type { AssignmentStatus } from '../api/types';
import { ToneTag, type Tone } from './tone-tag';

export const statusLabels: Record<AssignmentStatus, string> = {
  pending: 'Chưa gửi báo cáo',
  in_progress: 'Đang thực hiện',
  submitted: 'Đã gửi, chờ xem xét',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
  overdue: 'Quá hạn',
  waived: 'Được miễn',
  cancelled: 'Đã hủy',
};

const tones: Record<AssignmentStatus, Tone> = {
  pending: 'neutral',
  in_progress: 'progress',
  submitted: 'info',
  returned: 'warning',
  accepted: 'success',
  overdue: 'danger',
  waived: 'neutral',
  cancelled: 'neutral',
};

export const StatusTag = ({ status }: { status: AssignmentStatus }) => (
  <ToneTag tone={tones[status]}>{statusLabels[status]}</ToneTag>
);

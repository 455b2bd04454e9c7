import type { AgencyKind, AssignmentRole, PlanStatus } from '../api/types';
import type { Tone } from '../components/tone-tag';

/** Names the console shows for the API's enumerations, in one place so every page says the same. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  active: 'Đang thực hiện',
  completed: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};

export const PLAN_STATUS_TONES: Record<PlanStatus, Tone> = {
  draft: 'neutral',
  active: 'progress',
  completed: 'success',
  cancelled: 'danger',
};

export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = { lead: 'Chủ trì', coordinating: 'Phối hợp' };

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  provincial_department: 'Sở, ban, ngành tỉnh',
  provincial_committee: 'Ủy ban nhân dân tỉnh',
  district_committee: 'Ủy ban nhân dân cấp huyện',
  commune_committee: 'Ủy ban nhân dân cấp xã',
  council: 'Hội đồng',
  socio_political: 'Tổ chức chính trị - xã hội',
  central_in_province: 'Cơ quan Trung ương đóng trên địa bàn',
  press: 'Cơ quan báo chí',
  other: 'Khác',
};

/** A plan by its number; a plan issued with a decision ("350/QĐ-UBND") carries the decision's. */
export const planNumberLabel = (number: string | null | undefined): string => {
  if (!number) return 'Kế hoạch';
  return /\/Q[ĐD]-/iu.test(number) ? `Kế hoạch ban hành kèm theo Quyết định số ${number}` : `Kế hoạch số ${number}`;
};

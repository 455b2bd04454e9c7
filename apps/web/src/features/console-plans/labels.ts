import type { BucketTally } from '../../api/types';

export {
  AGENCY_KIND_LABELS as agencyKindLabels,
  ASSIGNMENT_ROLE_LABELS as roleLabels,
  PLAN_STATUS_LABELS as planStatusLabels,
  PLAN_STATUS_TONES as planStatusTones,
} from '../../lib/labels';

export type Bucket = keyof BucketTally['buckets'];

/** The four buckets the Government Office's tracking system reports, in its order. */
export const TRACKED_BUCKETS = ['doneOnTime', 'doneLate', 'openInTime', 'openOverdue'] as const satisfies Bucket[];

export const bucketLabels: Record<Bucket, string> = {
  doneOnTime: 'Đã hoàn thành đúng hạn',
  doneLate: 'Đã hoàn thành quá hạn',
  openInTime: 'Đang thực hiện trong hạn',
  openOverdue: 'Đang thực hiện quá hạn',
  waived: 'Được miễn thực hiện',
  cancelled: 'Đã hủy',
};

export const bucketColors: Record<(typeof TRACKED_BUCKETS)[number], string> = {
  doneOnTime: '#237804',
  doneLate: '#ad6800',
  openInTime: '#0958d9',
  openOverdue: '#cf1322',
};

/** "2025–2030", or the period as written, or the dash. */
export const planPeriod = (plan: { periodFrom: number | null; periodTo: number | null; periodText: string | null }) => {
  if (plan.periodFrom && plan.periodTo) {
    return plan.periodFrom === plan.periodTo ? `Năm ${plan.periodFrom}` : `${plan.periodFrom}–${plan.periodTo}`;
  }
  return plan.periodText ?? '—';
};

export const formatPercent = (percent: number): string => `${percent.toLocaleString('vi-VN')} %`;

/** What the plans list says when it has no row: none yet, or none that the search and status leave. */
export const plansEmptyText = ({ filtered, mayImport }: { filtered: boolean; mayImport: boolean }): string => {
  if (filtered) return 'Không có kế hoạch nào phù hợp. Thử tìm với từ khác hoặc chọn “Tất cả trạng thái”.';
  const none = 'Chưa có kế hoạch nào.';
  return mayImport
    ? `${none} Bấm “Nhập kế hoạch” để nhập kế hoạch đầu tiên từ tệp Word hoặc PDF (kể cả bản quét).`
    : none;
};

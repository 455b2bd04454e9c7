import type { Briefing, InspectionTarget } from '../../api/types';

/**
 * Why a target was drawn, read back from its tasks as the selection weighed them (libs/domain
 * inspection-targets): never reported first, then overdue, then returned; the rest were drawn by lot.
 */
export const whyDrawn = (target: InspectionTarget): string => {
  const reasons: string[] = [];
  const submittedAt = (task: InspectionTarget['tasks'][number]) =>
    task.history.find((moment) => moment.status === 'submitted')?.at.slice(0, 10);
  if (target.tasks.some((task) => !submittedAt(task) && task.status !== 'waived' && task.status !== 'cancelled')) {
    reasons.push('chưa gửi báo cáo');
  }
  if (
    target.tasks.some((task) => {
      const sent = submittedAt(task);
      return task.status === 'overdue' || (task.due !== null && sent !== undefined && sent > task.due);
    })
  ) {
    reasons.push('báo cáo quá hạn');
  }
  if (target.tasks.some((task) => task.history.some((moment) => moment.status === 'returned'))) {
    reasons.push('báo cáo từng bị trả lại');
  }
  return reasons.length > 0 ? `Ưu tiên kiểm tra: ${reasons.join(', ')}` : 'Chọn ngẫu nhiên (bốc thăm)';
};

/** Findings that came after the inspection window closed, or have still not come. */
export interface LateFinding {
  target: InspectionTarget;
  missing: boolean;
}

export const lateFindings = (briefing: Briefing): LateFinding[] => {
  const end = briefing.inspection.windowEnd;
  if (!end) return [];
  const today = new Date().toISOString().slice(0, 10);
  return briefing.targets.flatMap((target): LateFinding[] => {
    if (!target.finding) return today > end ? [{ target, missing: true }] : [];
    return target.finding.updatedAt.slice(0, 10) > end ? [{ target, missing: false }] : [];
  });
};

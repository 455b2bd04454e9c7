import { splitAgencies } from '../agencies/agency-splitter';
import { type PlanDraft, type PlanTaskDraft } from '../plan-draft';
import { scheduleForTimeframe } from '../schedule/timeframe-schedule';

/** Reporting obligations are numbered after the plan's own tasks: `BC.1`, `BC.2`… */
export const REPORT_TASK_PART = 'BC';

/**
 * The plan's own reporting obligations ("các sở … báo cáo kết quả … gửi Sở Tư pháp trước ngày 20/11 hằng năm") as
 * task drafts: the reporter leads, the deadline is the time frame, so each becomes work that is reminded, escalated
 * and reviewed like any task. An obligation that names no reporter falls to the standing office.
 */
export function reportingTaskDrafts(draft: Pick<PlanDraft, 'reportDeadlines' | 'period' | 'standingOffice'>) {
  return draft.reportDeadlines.map((obligation, index): PlanTaskDraft => {
    const reporters = splitAgencies(obligation.who ?? draft.standingOffice ?? '');
    const recipient = obligation.to ? ` gửi ${obligation.to}` : '';
    return {
      part: REPORT_TASK_PART,
      code: String(index + 1),
      title: `Báo cáo kết quả thực hiện Kế hoạch${recipient}`,
      lead: reporters,
      coordinating: [],
      timeframe: obligation.deadline,
      form: null,
      product: `Báo cáo${recipient}`,
      schedule: scheduleForTimeframe(obligation.deadline, draft.period).schedule,
    };
  });
}

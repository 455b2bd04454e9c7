import { searchKey } from '@dondoc/domain';
import { splitAgencies } from '../agencies/agency-splitter';
import { type PlanDraft, type PlanTaskDraft, type ReportDeadlineDraft } from '../plan-draft';
import { scheduleForTimeframe } from '../schedule/timeframe-schedule';

/** Reporting obligations are numbered after the plan's own tasks: `BC.1`, `BC.2`… */
export const REPORT_TASK_PART = 'BC';

type ReportingSources = Pick<PlanDraft, 'reportDeadlines' | 'period' | 'standingOffice' | 'tasks'>;

/**
 * Who reports where the text names no one: to the standing office ("Định kỳ … báo cáo kết quả về Sở Tư pháp"), the
 * agencies that lead the plan's work; anywhere else, the standing office.
 */
function unnamedReporters({ to }: ReportDeadlineDraft, { standingOffice, tasks }: ReportingSources): string[] {
  if (standingOffice === null) return [];
  const office = searchKey(standingOffice);
  if (to === null || !searchKey(to).includes(office)) return [standingOffice];
  const leads = [...new Set(tasks.flatMap((task) => task.lead))].filter((lead) => searchKey(lead) !== office);
  return leads.length > 0 ? leads : [standingOffice];
}

/**
 * The plan's own reporting obligations ("các sở … báo cáo kết quả … gửi Sở Tư pháp trước ngày 20/11 hằng năm") as
 * task drafts: the reporter leads, the deadline is the time frame, so each becomes work that is reminded, escalated
 * and reviewed like any task.
 */
export function reportingTaskDrafts(draft: ReportingSources) {
  return draft.reportDeadlines.map((obligation, index): PlanTaskDraft => {
    const reporters = obligation.who === null ? unnamedReporters(obligation, draft) : splitAgencies(obligation.who);
    const recipient = obligation.to ? ` gửi ${obligation.to}` : '';
    const timeframe = eachYear(obligation);
    return {
      part: REPORT_TASK_PART,
      code: String(index + 1),
      title: `Báo cáo kết quả thực hiện Kế hoạch${recipient}`,
      lead: reporters,
      coordinating: [],
      timeframe,
      form: null,
      product: `Báo cáo${recipient}`,
      schedule: scheduleForTimeframe(timeframe, draft.period).schedule,
    };
  });
}

// "Định kỳ, … báo cáo trước ngày 15/6": a day with no year, in a duty that recurs.
const DAY_WITHOUT_YEAR = /\d{1,2}\/\d{1,2}$|ngày \d{1,2} tháng \d{1,2}$/u;

/** A recurring duty's day written without its year is that day each year: the task's time frame says so. */
function eachYear({ deadline, recurring }: ReportDeadlineDraft): string {
  return recurring && DAY_WITHOUT_YEAR.test(deadline) ? `${deadline} hằng năm` : deadline;
}

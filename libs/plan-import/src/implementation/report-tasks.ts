import { searchKey } from '@dondoc/domain';
import { splitAgencies } from '../agencies/agency-splitter';
import { type PlanDraft, type PlanTaskDraft, type ReportDeadlineDraft } from '../plan-draft';
import { scheduleForTimeframe } from '../schedule/timeframe-schedule';

/** Reporting obligations are numbered after the plan's own tasks: `BC.1`, `BC.2`… */
export const REPORT_TASK_PART = 'BC';

type ReportingSources = Pick<PlanDraft, 'reportDeadlines' | 'period' | 'standingOffice' | 'tasks'>;

/** The agencies that lead the plan's work, but those a report is sent to ("UBND tỉnh (qua Sở Tư pháp)"). */
function leadsReportingTo(recipient: string, { tasks }: ReportingSources): string[] {
  const key = searchKey(recipient);
  return [...new Set(tasks.flatMap((task) => task.lead))].filter((lead) => !key.includes(searchKey(lead)));
}

/**
 * Who reports where the text names no one: to the standing office ("Định kỳ … báo cáo kết quả về Sở Tư pháp"), the
 * agencies that lead the plan's work; anywhere else, the standing office.
 */
function unnamedReporters({ to }: ReportDeadlineDraft, sources: ReportingSources): string[] {
  const { standingOffice } = sources;
  if (standingOffice === null) return [];
  if (to === null || !searchKey(to).includes(searchKey(standingOffice))) return [standingOffice];
  const leads = leadsReportingTo(standingOffice, sources);
  return leads.length > 0 ? leads : [standingOffice];
}

// "Các cơ quan được giao chủ trì thực hiện nhiệm vụ tại Kế hoạch này", "các đơn vị được giao nhiệm vụ": those who lead
// the plan's tasks, by their names; not those given a part to coordinate.
const GIVEN_THE_TASKS = /được giao (?:chủ trì|(?:thực hiện )?nhiệm vụ(?! phối hợp)|thực hiện)/iu;

function reporters(obligation: ReportDeadlineDraft, sources: ReportingSources): string[] {
  const { who, to } = obligation;
  if (who === null) return unnamedReporters(obligation, sources);
  const leads = GIVEN_THE_TASKS.test(who) ? leadsReportingTo(to ?? '', sources) : [];
  return leads.length > 0 ? leads : splitAgencies(who);
}

/**
 * The plan's own reporting obligations ("các sở … báo cáo kết quả … gửi Sở Tư pháp trước ngày 20/11 hằng năm") as
 * task drafts: the reporter leads, the deadline is the time frame, so each becomes work that is reminded, escalated
 * and reviewed like any task.
 */
export function reportingTaskDrafts(draft: ReportingSources) {
  return draft.reportDeadlines.map((obligation, index): PlanTaskDraft => {
    const recipient = obligation.to ? ` gửi ${obligation.to}` : '';
    const timeframe = eachYear(obligation);
    return {
      part: REPORT_TASK_PART,
      code: String(index + 1),
      title: `Báo cáo kết quả thực hiện Kế hoạch${recipient}`,
      lead: reporters(obligation, draft),
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

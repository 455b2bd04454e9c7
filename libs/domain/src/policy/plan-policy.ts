import { type IsoDate } from '../dates';
import { DEFAULT_INSPECTION_GRACE_DAYS, DEFAULT_INSPECTORS_PER_TEAM } from '../inspections';
import { DEFAULT_COORDINATING_INPUT_DAYS } from '../orchestration/coordination';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from '../reminders';
import { DEFAULT_ANNUAL_REPORT_DATE, type MonthDay } from '../schedules';

export interface PlanInspectionPolicy {
  delayDays: number;
  teams: number;
  agenciesPerTeam: number;
  /** Days the teams have to visit their agencies. */
  windowDays: number;
  reportDueDays: number;
  inspectorsPerTeam: number;
  /** Calendar days after the deadline when the inspection starts though not every agency has reported. */
  graceDays: number;
}

export interface PlanLeadership {
  /** How mails address them, e.g. 'Lãnh đạo Ủy ban nhân dân tỉnh'. */
  name: string;
  emails: string[];
}

/** `plans.policy`: how a plan's assignments are reminded, escalated and inspected (docs/domain-model.md). */
export interface PlanPolicy extends ReminderPolicy {
  /** The last rung of escalation; none: overdue work reaches only the standing office's daily digest. */
  leadership: PlanLeadership;
  annualReportDate: MonthDay;
  /** Working days before the lead agency's deadline that coordinating agencies send it their input. */
  coordinatingInputDays: number;
  inspection: PlanInspectionPolicy;
}

export const DEFAULT_PLAN_POLICY: PlanPolicy = {
  ...DEFAULT_REMINDER_POLICY,
  annualReportDate: DEFAULT_ANNUAL_REPORT_DATE,
  leadership: { name: 'Lãnh đạo Ủy ban nhân dân', emails: [] },
  coordinatingInputDays: DEFAULT_COORDINATING_INPUT_DAYS,
  inspection: {
    delayDays: 10,
    teams: 2,
    agenciesPerTeam: 6,
    windowDays: 5,
    reportDueDays: 10,
    inspectorsPerTeam: DEFAULT_INSPECTORS_PER_TEAM,
    graceDays: DEFAULT_INSPECTION_GRACE_DAYS,
  },
};

/** The plan's years; a plan that names only one year (or none: this one) runs that year. */
export function planYears(
  plan: { periodFrom: number | null; periodTo: number | null },
  thisYear = new Date().getUTCFullYear(),
): { from: number; to: number } {
  return {
    from: plan.periodFrom ?? plan.periodTo ?? thisYear,
    to: plan.periodTo ?? plan.periodFrom ?? thisYear,
  };
}

/** How a plan's task periods are laid out on `activatedOn`: its years and its annual report date. */
export function schedulingContext(
  plan: { periodFrom: number | null; periodTo: number | null; policy?: Partial<PlanPolicy> | null },
  activatedOn: IsoDate,
) {
  return {
    planPeriod: planYears(plan),
    annualReportDate: withPolicyDefaults(plan.policy).annualReportDate,
    activatedOn,
  };
}

/** A plan's stored policy over the defaults, so a policy saved before a field existed still reads whole. */
export function withPolicyDefaults(policy: Partial<PlanPolicy> | null | undefined): PlanPolicy {
  return {
    ...DEFAULT_PLAN_POLICY,
    ...policy,
    inspection: { ...DEFAULT_PLAN_POLICY.inspection, ...policy?.inspection },
  };
}

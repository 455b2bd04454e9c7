import { type Schedule } from '@dondoc/domain';

export type PlanKind = 'plan' | 'news' | 'other';

export interface PlanPeriod {
  from: string | null;
  to: string | null;
  text: string;
}

export interface PlanTaskDraft {
  /** The document's numbering below the Roman part (`4.2.a`). */
  code: string;
  /** The Roman part that holds the task (`III`): `${part}.${code}` is the full path. */
  part?: string;
  title: string;
  lead: string[];
  coordinating: string[];
  timeframe: string | null;
  form: string | null;
  product: string | null;
  /** The domain's reading of `timeframe`; absent when the task has no time frame. */
  schedule?: Schedule;
}

export interface ReportDeadlineDraft {
  who: string | null;
  to: string | null;
  deadline: string;
  recurring: boolean;
}

export interface InspectionDraft {
  text: string;
  delayOrWindow: string | null;
}

export interface AgencyResponsibilityDraft {
  agency: string;
  duties: string[];
}

export enum ParseWarningCode {
  NotAPlan = 'not-a-plan',
  NoTasks = 'no-tasks',
  TaskWithoutLead = 'task-without-lead',
  LeadInherited = 'lead-inherited',
  LeadFromProse = 'lead-from-prose',
  TimeframeInProse = 'timeframe-in-prose',
  StandingOfficeFromReports = 'standing-office-from-reports',
  StandingOfficeFromAggregation = 'standing-office-from-aggregation',
  Schedule = 'schedule',
  TableRowSkipped = 'table-row-skipped',
  TableCellFromAbove = 'table-cell-from-above',
  Ocr = 'ocr',
  OcrLowConfidence = 'ocr-low-confidence',
}

export interface ParseWarning {
  code: ParseWarningCode;
  message: string;
  where?: string;
  /** What the warning proposes, as written: the time frame a task's sentences name (`timeframe-in-prose`). */
  value?: string;
}

export interface PlanDraft {
  kind: PlanKind;
  number: string | null;
  issuer: string | null;
  issuedDate: string | null;
  basis: string[];
  period: PlanPeriod | null;
  standingOffice: string | null;
  tasks: PlanTaskDraft[];
  reportDeadlines: ReportDeadlineDraft[];
  inspection: InspectionDraft[];
  agencyResponsibilities: AgencyResponsibilityDraft[];
  warnings: ParseWarning[];
}

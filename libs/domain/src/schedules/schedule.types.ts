import { type IsoDate } from '../dates';

export interface MonthDay {
  month: number;
  day: number;
}

export interface DateWindow {
  start: IsoDate;
  end: IsoDate;
}

export interface YearRange {
  from?: number;
  to?: number;
}

export interface TimeframeContext {
  planPeriod?: YearRange;
  annualReportDate?: MonthDay;
}

export interface DeadlineContext {
  planPeriod: { from: number; to: number };
  annualReportDate: MonthDay;
}

/** A single due date: a month, a quarter, or "trước ngày X" (due the day before X). */
export interface OnceSchedule {
  kind: 'once';
  text: string;
  due: IsoDate;
  /** Reporting period key: '2024-Q3', '2024-01' or the due date itself. */
  period: string;
  /**
   * Every date, in order, when the text lists several in years apart ("Quý IV/2024 và Quý IV/2026"); the first is
   * `due` and `period`. Absent with a single date.
   */
  dues?: Array<{ period: string; due: IsoDate }>;
}

/** Reports on set days each year. Null years mean the plan's first / last year; a null `due` means the plan's annual report date. */
export interface AnnualSchedule {
  kind: 'annual';
  text: string;
  fromYear: number | null;
  toYear: number | null;
  due: MonthDay | null;
  /**
   * Every due day of a year, in order, when the text states several ("trước ngày 30/6 và 15/12 hằng năm"); `due` is
   * the first. Absent with a single due day, as in the schedules stored before it existed.
   */
  dues?: MonthDay[];
  /**
   * The only years with a report, when the text names whole years apart ("Năm 2027 và năm 2030"): `fromYear` is the
   * first and `toYear` the last. Absent: every year between them.
   */
  years?: number[];
}

export type ReportingInterval = 'month' | 'quarter' | 'halfYear';

/** A report every month, quarter or half year ("Hằng quý", "định kỳ 6 tháng"); null years as for annual. */
export interface PeriodicSchedule {
  kind: 'periodic';
  text: string;
  every: ReportingInterval;
  fromYear: number | null;
  toYear: number | null;
  /** The day of each period's last month when it is due ("trước ngày 25 hằng tháng"); null: the period's last day. */
  dueDay: number | null;
  /** "Trước ngày 10 của tháng đầu quý sau": `dueDay` falls in the month after the period, which it reports on. */
  dueAfterPeriod?: true;
}

/** "Thường xuyên": ongoing work, reported with the annual report; `focus` keeps any stated peak windows. */
export interface ContinuousSchedule {
  kind: 'continuous';
  text: string;
  fromYear: number | null;
  toYear: number | null;
  due: MonthDay | null;
  focus: DateWindow[];
}

/** Work inside a bounded window, due at its end. */
export interface WindowSchedule {
  kind: 'window';
  text: string;
  start: IsoDate;
  end: IsoDate;
}

/** No deadline until a coordinator records the request. */
export interface OnRequestSchedule {
  kind: 'onRequest';
  text: string;
  requester: string | null;
}

/**
 * Timed by an event nobody can date in advance ("sau sơ kết 06 tháng", "Từ khi ứng dụng … đến năm 2030"), or due
 * before it ("Trước ngày Luật có hiệu lực").
 */
export interface EventRelativeSchedule {
  kind: 'eventRelative';
  text: string;
  event: string;
  relation: 'after' | 'before' | 'from' | 'within';
  /** Calendar days after the event within which the work is due ("trong thời hạn 10 ngày, kể từ …"). */
  offsetDays: number | null;
  untilYear: number | null;
}

export interface UnrecognisedSchedule {
  kind: 'unrecognised';
  text: string;
}

export type Schedule =
  | OnceSchedule
  | AnnualSchedule
  | PeriodicSchedule
  | ContinuousSchedule
  | WindowSchedule
  | OnRequestSchedule
  | EventRelativeSchedule
  | UnrecognisedSchedule;

export type ScheduleKind = Schedule['kind'];

export interface InterpretedTimeframe {
  schedule: Schedule;
  warnings: string[];
}

export interface Deadline {
  period: string;
  due: IsoDate;
  /** When the period's work opens; null means as soon as the plan is activated. */
  opens: IsoDate | null;
}

import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { type AnnouncedAdjustments, type IsoDate, type LatePeriodChoice, type ReminderPolicy } from '../../domain/src';
import { type AssignmentOutcome } from './assignment.contract';

export interface InspectionPolicy {
  /** Calendar days from the last acceptance to the inspection (default 10). */
  delayDays: number;
  teams: number;
  agenciesPerTeam: number;
  /** Length of the inspection window, in days. */
  windowDays: number;
  /** Days after the window for the inspectors' findings report. */
  reportDueDays: number;
  /** Inspectors per team (absent in policies carried from before: 2). */
  inspectorsPerTeam?: number;
  /** Calendar days after the deadline when the inspection starts though not every agency has reported (absent: 30). */
  graceDays?: number;
}

export interface OrchestrationPolicy {
  reminders: ReminderPolicy;
  inspection: InspectionPolicy;
  calendar: AnnouncedAdjustments;
  /** Working days before the lead's deadline that coordinating agencies send their input (absent: the default). */
  coordinatingInputDays?: number;
}

/** Tasks started before it worked to the calendar of their plan's activation. */
export const CALENDAR_AT_OPENING_PATCH = 'calendar-at-opening-v1';

/** Tasks started before it waited for every agency to settle before any inspection. */
export const INSPECTION_GRACE_PATCH = 'inspection-grace-v1';

/** Tasks started before coordinating agencies had a deadline of their own give them the lead's. */
export const COORDINATING_INPUT_PATCH = 'coordinating-input-due-v1';

/** One task's work for one reporting period, as the plan's schedule lays it out. */
export interface TaskPeriod {
  taskId: string;
  taskCode: string;
  period: string;
  due: IsoDate;
  /** When the period's work starts (reminders need the assignments to exist by then). */
  opens: IsoDate;
}

/** Plans amended before this change cancelled every period missing from a schedule laid out on the amend's day. */
export const AMEND_KEEPS_PAST_PERIODS_PATCH = 'amend-keeps-past-periods-v1';

/** Plans started before it opened the tasks due on one day one after another, a workflow task each. */
export const PERIODS_OPEN_TOGETHER_PATCH = 'periods-open-together-v1';

/**
 * Plans and tasks started before it ran on after a cancel that came mid-step: the task or assignment being started
 * was left running, and the tasks an amend being read added were started.
 */
export const LATE_CANCEL_PATCH = 'late-cancel-v1';

export interface PlanSchedule {
  planId: string;
  policy: OrchestrationPolicy;
  taskPeriods: TaskPeriod[];
  /** Every task of the plan, whether or not a period of it lies ahead (absent in schedules loaded before amends kept past periods). */
  taskIds?: string[];
  /** The day after the plan's period: on-request tasks can be triggered until then. */
  endsOn: IsoDate;
  /** Tasks that run only when a coordinator triggers them ("Khi có yêu cầu"). */
  onRequestTasks: Array<{ taskId: string; taskCode: string }>;
}

export interface TaskWorkflowInput {
  planId: string;
  taskPeriod: TaskPeriod;
  policy: OrchestrationPolicy;
  /** Set by the task for its batches: it sends the first deadline's notices (`TASK_NOTICES_PATCH`). */
  noticesByTask?: boolean;
}

export interface TaskOutcome {
  taskId: string;
  period: string;
  outcomes: AssignmentOutcome[];
  inspectionId: string | null;
}

export type TaskPeriodState = 'waiting' | 'open' | 'settled' | 'cancelled';

export interface OverdueDigestInput {
  /** 'HH:mm' in Hà Nội, on working days. */
  sendTime: string;
  calendar: AnnouncedAdjustments;
}

export interface PlanWorkflowInput {
  planId: string;
  /** The coordinator's choice for the periods already past their deadline on the day of activation. */
  latePeriods?: LatePeriodChoice;
  /** Carried across continue-as-new: every task period and where it stands. */
  carried?: PlanRunState;
}

export interface PlanRunState {
  schedule: PlanSchedule;
  latePeriods?: LatePeriodChoice;
  periods: Array<TaskPeriod & { state: TaskPeriodState }>;
  cancelled: boolean;
  /** Why the plan was cancelled, for a task that learns of it only once it has started. */
  cancelReason?: string;
  requests: number;
}

export interface PlanProgress {
  periods: Record<TaskPeriodState, number>;
  cancelled: boolean;
}

export const taskPeriodSettledSignal =
  defineSignal<[{ taskId: string; period: string; cancelled: boolean }]>('taskPeriodSettled');
export const cancelPlanSignal = defineSignal<[{ reason: string }]>('cancelPlan');
export const amendPlanSignal = defineSignal('amendPlan');
export const triggerTaskUpdate = defineUpdate<TaskPeriod, [{ taskId: string; due: IsoDate; requestedBy: string }]>(
  'triggerTask',
);
export const planProgressQuery = defineQuery<PlanProgress>('planProgress');

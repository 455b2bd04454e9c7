import { defineQuery, defineUpdate } from '@temporalio/workflow';
import {
  type AnnouncedAdjustments,
  type InspectionCandidate,
  type IsoDate,
  type ReminderPolicy,
} from '../../domain/src';
import { type InspectionPolicy } from './plan-orchestration.contract';

/** Inspections started before it only mailed the standing office that its consolidated report was due. */
export const CONSOLIDATED_REPORT_PATCH = 'consolidated-report-v1';

/** Inspections started before it only reminded the inspectors of their findings, never escalated. */
export const FINDINGS_ESCALATION_PATCH = 'findings-escalation-v1';

export interface InspectionWorkflowInput {
  planId: string;
  taskId: string | null;
  period: string;
  candidates: InspectionCandidate[];
  policy: InspectionPolicy;
  reminders: ReminderPolicy;
  calendar: AnnouncedAdjustments;
}

export interface InspectionTeamPlan {
  name: string;
  agencyIds: string[];
}

export const INSPECTION_STAGES = ['scheduled', 'notified', 'reported', 'closed', 'cancelled'] as const;
export type InspectionStage = (typeof INSPECTION_STAGES)[number];

export interface InspectionState {
  inspectionId: string | null;
  stage: InspectionStage;
  teams: InspectionTeamPlan[];
  seed: string;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  reportDue: IsoDate;
}

export const submitFindingsUpdate = defineUpdate<InspectionState, [{ report: string; submittedBy: string }]>(
  'submitFindings',
);
export const inspectionStateQuery = defineQuery<InspectionState>('inspectionState');

import { defineQuery } from '@temporalio/workflow';

export interface PlanIntakeInput {
  planId: string;
  number: string | null;
  title: string;
  standingOfficeEmail: string;
}

export const PLAN_INTAKE_STAGES = ['received', 'recorded', 'notified'] as const;
export type PlanIntakeStage = (typeof PLAN_INTAKE_STAGES)[number];

export interface PlanIntakeState {
  planId: string;
  stage: PlanIntakeStage;
  notificationMessageId: string | null;
}

export const planIntakeStateQuery = defineQuery<PlanIntakeState>('planIntakeState');

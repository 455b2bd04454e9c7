import { Module } from '@nestjs/common';
import { AssignmentWorkflowClient } from './assignment-workflow.client';
import { InspectionWorkflowClient } from './inspection-workflow.client';
import { OverdueDigestStarter } from './overdue-digest.starter';
import { PlanWorkflowClient } from './plan-workflow.client';

/** The API's clients of the orchestration workflows; the feature modules that act on workflows import it. */
@Module({
  providers: [PlanWorkflowClient, AssignmentWorkflowClient, InspectionWorkflowClient, OverdueDigestStarter],
  exports: [PlanWorkflowClient, AssignmentWorkflowClient, InspectionWorkflowClient],
})
export class OrchestrationModule {}

import { Injectable } from '@nestjs/common';
import { type InspectionState, submitFindingsUpdate } from '@dondoc/contracts';
import { TemporalClient } from '@dondoc/temporal';
import { callWorkflow } from './temporal-problems';
import { updateIdOf } from './update-id';

/** An inspection's workflow, addressed by the workflow id its row records. */
@Injectable()
export class InspectionWorkflowClient {
  constructor(private readonly temporal: TemporalClient) {}

  submitFindings(
    workflowId: string,
    findings: { report: string; submittedBy: string },
    idempotencyKey?: string,
  ): Promise<InspectionState> {
    const options = { args: [findings] as [typeof findings], ...updateIdOf('findings', idempotencyKey) };
    return callWorkflow(this.temporal, 'the inspection', () =>
      this.temporal.workflow.getHandle(workflowId).executeUpdate(submitFindingsUpdate, options),
    );
  }
}

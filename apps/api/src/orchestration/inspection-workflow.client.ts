import { Injectable } from '@nestjs/common';
import { type InspectionState, submitFindingsUpdate } from '@dondoc/contracts';
import { TemporalClient } from '@dondoc/temporal';
import { callUpdate } from './temporal-problems';
import { updateIdsOf } from './update-id';

/** An inspection's workflow, addressed by the workflow id its row records. */
@Injectable()
export class InspectionWorkflowClient {
  constructor(private readonly temporal: TemporalClient) {}

  submitFindings(
    workflowId: string,
    findings: { report: string; submittedBy: string },
    idempotencyKey?: string,
  ): Promise<InspectionState> {
    return callUpdate(this.temporal, 'the inspection', {
      handle: this.temporal.workflow.getHandle(workflowId),
      definition: submitFindingsUpdate,
      args: [findings],
      ids: updateIdsOf('findings', idempotencyKey),
    });
  }
}

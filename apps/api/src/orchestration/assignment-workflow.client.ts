import { Injectable } from '@nestjs/common';
import {
  type AssignmentState,
  type AssignmentStatus,
  type ChangeAuthor,
  type ReviewRequest,
  type SubmitReportRequest,
  calendarChangedSignal,
  extendDeadlineUpdate,
  reassignUpdate,
  reviewUpdate,
  submitReportUpdate,
  waiveUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { type AnnouncedAdjustments, type IsoDate } from '@dondoc/domain';
import { TemporalClient } from '@dondoc/temporal';
import { callWorkflow } from './temporal-problems';

const SUBJECT = 'the assignment';

/** Temporal dedupes updates by id within a run; the kind keeps one key from answering for another update. */
const updateIdOf = (kind: string, idempotencyKey: string | undefined): { updateId?: string } =>
  idempotencyKey ? { updateId: `${kind}:${idempotencyKey}` } : {};

/**
 * The updates an assignment's workflow takes. The workflow validates each against its own state and is the only
 * writer of the assignment's row, so the API asks it rather than writing the row itself.
 */
@Injectable()
export class AssignmentWorkflowClient {
  constructor(private readonly temporal: TemporalClient) {}

  /** With an idempotency key, a retried report is the same update to Temporal, which runs it once. */
  submitReport(
    id: string,
    request: SubmitReportRequest,
    idempotencyKey?: string,
  ): Promise<{ version: number; status: AssignmentStatus }> {
    const options = { args: [request] as [SubmitReportRequest], ...updateIdOf('submit', idempotencyKey) };
    return callWorkflow(this.temporal, SUBJECT, () => this.handle(id).executeUpdate(submitReportUpdate, options));
  }

  review(id: string, request: ReviewRequest, idempotencyKey?: string): Promise<AssignmentState> {
    const options = { args: [request] as [ReviewRequest], ...updateIdOf('review', idempotencyKey) };
    return callWorkflow(this.temporal, SUBJECT, () => this.handle(id).executeUpdate(reviewUpdate, options));
  }

  extend(id: string, request: { newDue: IsoDate; reason: string; by: ChangeAuthor }): Promise<AssignmentState> {
    return callWorkflow(this.temporal, SUBJECT, () =>
      this.handle(id).executeUpdate(extendDeadlineUpdate, { args: [request] }),
    );
  }

  waive(id: string, request: { reason: string; by: ChangeAuthor }): Promise<AssignmentState> {
    return callWorkflow(this.temporal, SUBJECT, () => this.handle(id).executeUpdate(waiveUpdate, { args: [request] }));
  }

  reassign(id: string, request: { agencyId: string; reason: string; by: ChangeAuthor }): Promise<AssignmentState> {
    return callWorkflow(this.temporal, SUBJECT, () =>
      this.handle(id).executeUpdate(reassignUpdate, { args: [request] }),
    );
  }

  /** Tells a running assignment the calendar changed; it plans its remaining reminders on the new table. */
  calendarChanged(id: string, calendar: AnnouncedAdjustments): Promise<void> {
    return callWorkflow(this.temporal, SUBJECT, () => this.handle(id).signal(calendarChangedSignal, { calendar }));
  }

  private handle(assignmentId: string) {
    return this.temporal.workflow.getHandle(workflowIds.assignment(assignmentId));
  }
}

import { Injectable } from '@nestjs/common';
import { type UpdateDefinition } from '@temporalio/client';
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
import { callUpdate, callWorkflow } from './temporal-problems';
import { updateIdsOf } from './update-id';

const SUBJECT = 'the assignment';

/**
 * The updates an assignment's workflow takes. The workflow validates each against its own state and is the only
 * writer of the assignment's row, so the API asks it rather than writing the row itself. With an idempotency key, a
 * retried request is the same update to Temporal, which runs it once.
 */
@Injectable()
export class AssignmentWorkflowClient {
  constructor(private readonly temporal: TemporalClient) {}

  submitReport(
    id: string,
    request: SubmitReportRequest,
    idempotencyKey?: string,
  ): Promise<{ version: number; status: AssignmentStatus }> {
    return this.update(id, submitReportUpdate, request, 'submit', idempotencyKey);
  }

  review(id: string, request: ReviewRequest, idempotencyKey?: string): Promise<AssignmentState> {
    return this.update(id, reviewUpdate, request, 'review', idempotencyKey);
  }

  extend(
    id: string,
    request: { newDue: IsoDate; reason: string; by: ChangeAuthor },
    idempotencyKey?: string,
  ): Promise<AssignmentState> {
    return this.update(id, extendDeadlineUpdate, request, 'extend', idempotencyKey);
  }

  waive(id: string, request: { reason: string; by: ChangeAuthor }, idempotencyKey?: string): Promise<AssignmentState> {
    return this.update(id, waiveUpdate, request, 'waive', idempotencyKey);
  }

  reassign(
    id: string,
    request: { agencyId: string; reason: string; by: ChangeAuthor },
    idempotencyKey?: string,
  ): Promise<AssignmentState> {
    return this.update(id, reassignUpdate, request, 'reassign', idempotencyKey);
  }

  /** Tells a running assignment the calendar changed; it plans its remaining reminders on the new table. */
  calendarChanged(id: string, calendar: AnnouncedAdjustments): Promise<void> {
    return callWorkflow(this.temporal, SUBJECT, () => this.handle(id).signal(calendarChangedSignal, { calendar }));
  }

  /** Tells a running task period: it sends its first deadline's notices to all its agencies, on the new table too. */
  taskCalendarChanged(taskId: string, period: string, calendar: AnnouncedAdjustments): Promise<void> {
    return callWorkflow(this.temporal, 'the task', () =>
      this.temporal.workflow.getHandle(workflowIds.task(taskId, period)).signal(calendarChangedSignal, { calendar }),
    );
  }

  private update<Result, Request>(
    id: string,
    definition: UpdateDefinition<Result, [Request]>,
    request: Request,
    kind: string,
    idempotencyKey: string | undefined,
  ): Promise<Result> {
    const ids = updateIdsOf(kind, idempotencyKey);
    return callUpdate(this.temporal, SUBJECT, { handle: this.handle(id), definition, args: [request], ids });
  }

  private handle(assignmentId: string) {
    return this.temporal.workflow.getHandle(workflowIds.assignment(assignmentId));
  }
}

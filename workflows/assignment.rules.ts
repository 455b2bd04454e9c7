import { ApplicationFailure } from '@temporalio/workflow';
import {
  type AssignmentState,
  type ReviewRequest,
  SETTLED_STATUSES,
  type SubmitReportRequest,
} from '../libs/contracts/src';
import { type IsoDate } from '../libs/domain/src';

/** Update validators: a rejection reaches the API as a 409 carrying this reason; nothing is written. */
export const isSettled = (state: AssignmentState): boolean => SETTLED_STATUSES.includes(state.status);

export function whileOpen(state: AssignmentState): void {
  if (isSettled(state)) reject('AssignmentSettled', `the assignment is already ${state.status}`);
}

export function validateSubmit(state: AssignmentState, request: SubmitReportRequest): void {
  whileOpen(state);
  if (request.agencyId !== state.agencyId) reject('NotAssignee', 'your agency is not the assignee of this task');
  if (state.status === 'submitted') reject('AwaitingReview', 'a report is already awaiting review');
  if (!request.reportText.trim() && request.attachments.length === 0) reject('EmptyReport', 'the report is empty');
}

export function validateReview(state: AssignmentState, review: ReviewRequest, today: IsoDate): void {
  whileOpen(state);
  if (state.status !== 'submitted') reject('NothingToReview', 'there is no report awaiting review');
  if (review.outcome === 'returned') {
    if (!review.newDue) reject('NewDueRequired', 'a returned report needs a new deadline (newDue)');
    else if (review.newDue < today) reject('DueInPast', `the new deadline ${review.newDue} is in the past`);
  }
}

export function validateExtend(state: AssignmentState, request: { newDue: IsoDate }, today: IsoDate): void {
  whileOpen(state);
  if (request.newDue <= state.due) reject('NotLater', `the new deadline must be after ${state.due}`);
  if (request.newDue < today) reject('DueInPast', `the new deadline ${request.newDue} is in the past`);
}

export function validateReassign(state: AssignmentState, request: { agencyId: string }): void {
  whileOpen(state);
  if (request.agencyId === state.agencyId) reject('SameAgency', 'the task is already assigned to that agency');
  if (state.status === 'submitted') reject('AwaitingReview', 'review the submitted report before reassigning');
}

function reject(type: string, message: string): never {
  throw ApplicationFailure.nonRetryable(message, type);
}

import { setHandler } from '@temporalio/workflow';
import { type AssignmentOutcome, type TaskWorkflowInput, cancelSignal } from '../libs/contracts/src';
import { type OpenAssignment, assignmentCrew } from './assignment-crew';

export interface AssignmentBatchInput extends TaskWorkflowInput {
  assignments: OpenAssignment[];
}

/** A share of a large task's assignments, so that no workflow parents more children than Temporal allows. */
export async function assignmentBatchWorkflow(input: AssignmentBatchInput): Promise<AssignmentOutcome[]> {
  const crew = assignmentCrew(input);
  setHandler(cancelSignal, crew.cancel);
  return crew.run(input.assignments);
}

import { getExternalWorkflowHandle } from '@temporalio/workflow';
import { cancelSignal } from '../libs/contracts/src';

/**
 * Tells a child workflow to stop; false when it has already ended (a closed or terminated workflow takes no signal).
 * The caller records that: a signal that cannot be delivered would otherwise fail the caller's whole workflow.
 */
export async function tellToStop(workflowId: string, request: { reason: string }): Promise<boolean> {
  try {
    await getExternalWorkflowHandle(workflowId).signal(cancelSignal, request);
    return true;
  } catch {
    return false;
  }
}

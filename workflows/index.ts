export { assignmentBatchWorkflow } from './assignment-batch.workflow';
export { assignmentWorkflow } from './assignment.workflow';
export { inspectionWorkflow } from './inspection.workflow';
export { planIntakeWorkflow } from './plan-intake.workflow';
export { planWorkflow } from './plan.workflow';
export { taskWorkflow } from './task.workflow';
export { overdueDigestWorkflow } from './overdue-digest.workflow';

/** Business ids: the API addresses a workflow without a lookup, and Temporal refuses a second start. */
export const workflowIds = {
  /** One per deployment (namespace and task queue). */
  overdueDigest: (): string => 'overdue-digest',
  planIntake: (planId: string): string => `plan-intake-${planId}`,
  plan: (planId: string): string => `plan-${planId}`,
  task: (taskId: string, period: string): string => `task-${taskId}-${period}`,
  assignment: (assignmentId: string): string => `assignment-${assignmentId}`,
  assignmentBatch: (taskId: string, period: string, batch: number): string => `task-${taskId}-${period}-batch-${batch}`,
  inspection: (taskId: string | null, period: string, planId: string): string =>
    taskId ? `inspection-${taskId}-${period}` : `inspection-plan-${planId}-${period}`,
};

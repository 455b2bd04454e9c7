/** Business ids: the API addresses a workflow without a lookup, and Temporal refuses a second start. */
export const workflowIds = {
  planIntake: (planId: string): string => `plan-intake-${planId}`,
  plan: (planId: string): string => `plan-${planId}`,
  assignment: (assignmentId: string): string => `assignment-${assignmentId}`,
};

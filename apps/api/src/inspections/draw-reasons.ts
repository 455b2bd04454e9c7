/** What put an agency ahead of the draw (selectInspectionTargets in libs/domain); none means it was drawn by lot. */
export const DRAW_REASONS = ['never-reported', 'overdue', 'returned'] as const;
export type DrawReason = (typeof DRAW_REASONS)[number];

export interface HeldAssignment {
  status: string;
  /** Its events' actions, oldest first. */
  actions: readonly string[];
}

const NOT_REPORTED = new Set(['pending', 'in_progress', 'overdue']);
const SETTLED_WITHOUT_WORK = new Set(['waived', 'cancelled']);

/** The candidate flags the draw weighed, in the order it weighs them, read back from the target's own record. */
export const drawReasons = (held: readonly HeldAssignment[]): DrawReason[] => {
  const counted = held.filter((assignment) => !SETTLED_WITHOUT_WORK.has(assignment.status));
  const flags: Record<DrawReason, boolean> = {
    'never-reported': counted.some((assignment) => NOT_REPORTED.has(assignment.status)),
    overdue: counted.some((assignment) => assignment.actions.includes('overdue')),
    returned: counted.some((assignment) => assignment.actions.includes('returned')),
  };
  return DRAW_REASONS.filter((reason) => flags[reason]);
};

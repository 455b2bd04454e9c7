import { type TaskPeriod } from '@dondoc/contracts';

export interface TaskPeriodStore {
  /** Upserts one assignment per (task, agency, period): a retry returns the same rows. */
  openPeriod(planId: string, period: TaskPeriod): Promise<Array<{ assignmentId: string; agencyId: string }>>;
  cancelAssignment(assignmentId: string): Promise<void>;
}

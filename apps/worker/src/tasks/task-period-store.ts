import { type TaskPeriod } from '@dondoc/contracts';
import { type InspectionCandidate, type IsoDate } from '@dondoc/domain';

export interface OpenedAssignment {
  assignmentId: string;
  agencyId: string;
  role: 'lead' | 'coordinating';
  due: IsoDate;
}

export interface TaskPeriodStore {
  /**
   * Upserts one assignment per (task, agency, period): a retry returns the same rows. Coordinating agencies are due
   * on `coordinatingDue` when given (their input to the lead), the lead on the period's deadline.
   */
  openPeriod(planId: string, period: TaskPeriod, coordinatingDue?: IsoDate): Promise<OpenedAssignment[]>;
  cancelAssignment(assignmentId: string): Promise<void>;
  /** Who an inspection of the period may visit as it stands: accepted and still open, not waived or cancelled. */
  inspectionCandidates(taskId: string, period: string): Promise<InspectionCandidate[]>;
}

import { type InspectionTeamPlan } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import { type InspectionBrief } from '@dondoc/notifications';

export type { InspectionBrief };

export interface ScheduledInspection {
  workflowId: string;
  planId: string;
  taskId: string | null;
  period: string;
  teams: InspectionTeamPlan[];
  windowStart: IsoDate;
  windowEnd: IsoDate;
  reportDue: IsoDate;
}

export interface InspectionStore {
  /** Keyed by workflow id; inspectors are drawn from the roster once and kept on retries. */
  schedule(inspection: ScheduledInspection): Promise<string>;
  brief(inspectionId: string): Promise<InspectionBrief>;
  /** Once every inspector is briefed; a no-op when the inspection has moved on. */
  markNotified(inspectionId: string): Promise<void>;
  recordFindings(inspectionId: string, report: string, submittedBy: string): Promise<void>;
  /**
   * The standing office's consolidated report on the inspection, as an assignment of its own (one per inspection,
   * the same on a retry); null when the plan names no standing office in the directory.
   */
  openConsolidatedReport(inspectionId: string, due: IsoDate): Promise<ConsolidatedReport | null>;
}

export interface ConsolidatedReport {
  assignmentId: string;
  agencyId: string;
  taskId: string;
  taskCode: string;
  period: string;
}

import { type InspectionTeamPlan } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';

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

export interface InspectionBrief {
  inspectionId: string;
  plan: { number: string | null; title: string };
  taskCode: string | null;
  windowStart: IsoDate;
  windowEnd: IsoDate;
  reportDue: IsoDate;
  teams: Array<{ name: string; inspectors: Array<{ email: string; name: string }>; agencies: string[] }>;
  standingOffice: { name: string; emails: string[] };
}

export interface InspectionStore {
  /** Keyed by workflow id; inspectors are drawn from the roster once and kept on retries. */
  schedule(inspection: ScheduledInspection): Promise<string>;
  brief(inspectionId: string): Promise<InspectionBrief>;
  recordFindings(inspectionId: string, report: string, submittedBy: string): Promise<void>;
}

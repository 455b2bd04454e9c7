// Written by hand from docs/web-app.md and docs/openapi.json until these are generated from the OpenAPI document.

export type AssignmentStatus =
  'pending' | 'in_progress' | 'submitted' | 'returned' | 'accepted' | 'overdue' | 'waived' | 'cancelled';

export type AssignmentRole = 'lead' | 'coordinating';

export type UserRole = 'admin' | 'coordinator' | 'agency_officer' | 'inspector' | 'viewer';

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldProblem[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Session {
  kind: 'link' | 'user';
  role: UserRole;
  email: string | null;
  userId: string | null;
  agencyId: string | null;
  agencyName: string | null;
  assignmentId: string | null;
  inspectionId: string | null;
  csrfToken: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RenewalRequest {
  token?: string;
  email?: string;
}

export interface RenewalResponse {
  message: string;
}

export interface Attachment {
  filename: string;
  mediaType: string;
  size: number;
  url: string;
}

export interface UploadLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  maxTextLength: number;
  accept: string[];
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface PlanRef {
  id: string;
  number: string | null;
  title: string;
}

export type ReportHistoryEntry =
  | { kind: 'submission'; at: string; version: number; reportText: string; attachments: Attachment[] }
  | {
      kind: 'review';
      at: string;
      version: number;
      outcome: 'accepted' | 'returned';
      comment: string | null;
      newDue: string | null;
    }
  | { kind: 'extension'; at: string; newDue: string };

export interface ReportView {
  assignment: {
    id: string;
    status: AssignmentStatus;
    role: AssignmentRole;
    period: string;
    due: string | null;
    daysLeft: number | null;
    deadlineVersion: number;
    canSubmit: boolean;
  };
  plan: PlanRef;
  task: { id: string; code: string; title: string; content: string | null };
  agency: NamedRef;
  leadAgencies: NamedRef[];
  history: ReportHistoryEntry[];
  limits: UploadLimits;
}

export interface SubmissionResponse {
  version: number;
  status: AssignmentStatus;
}

export interface AssignmentSummary {
  id: string;
  planId: string;
  taskId: string;
  agencyId: string;
  period: string;
  role: AssignmentRole;
  dueDate: string | null;
  status: AssignmentStatus;
  deadlineVersion: number;
  workflowId: string | null;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type InspectionStatus = 'scheduled' | 'notified' | 'reported' | 'closed' | 'cancelled';

export type Rating = 'tot' | 'kha' | 'dat' | 'chua_dat';

export interface Finding {
  finding: string;
  rating: Rating | null;
  recommendation: string | null;
  attachments: Attachment[];
  updatedAt: string;
}

export interface InspectionTarget {
  agency: NamedRef;
  tasks: {
    code: string;
    title: string;
    status: AssignmentStatus;
    due: string | null;
    history: { at: string; status: AssignmentStatus }[];
  }[];
  finding: Finding | null;
}

export interface Briefing {
  inspection: {
    id: string;
    status: InspectionStatus;
    period: string;
    windowStart: string | null;
    windowEnd: string | null;
    reportDue: string | null;
    canSubmit: boolean;
  };
  plan: PlanRef;
  task: { code: string; title: string } | null;
  team: { name: string; members: { name: string; email: string }[] };
  targets: InspectionTarget[];
}

export type PlanStatus = 'draft' | 'active' | 'completed' | 'cancelled';

export interface Plan {
  id: string;
  number: string | null;
  title: string;
  status: PlanStatus;
  province?: string | null;
  issuer: string | null;
  issuedDate: string | null;
  periodText: string | null;
  standingOfficeEmail: string | null;
}

export type StatusCounts = Record<AssignmentStatus, number>;

export interface PlanProgress {
  planId: string;
  status: PlanStatus;
  total: number;
  byStatus?: StatusCounts;
  byTask: { taskId: string; taskCode: string; total: number; byStatus?: StatusCounts }[];
  overdue: {
    assignmentId: string;
    agencyId: string;
    agencyName: string;
    taskId: string;
    taskCode: string;
    period: string;
    dueDate: string | null;
  }[];
}

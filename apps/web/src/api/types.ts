// The names the pages use for the API's shapes, all taken from schema.d.ts, which `npm run openapi` generates from
// docs/openapi.json: change a shape in the API's DTOs, never here. Nothing here is written by hand; the only shapes
// the web app writes itself are its form drafts (ReportDraft, FindingDraft: text plus File objects, sent as
// multipart/form-data), which live beside their features.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Problem = Schemas['ProblemResponse'];
export type FieldProblem = Schemas['FieldProblemResponse'];

export type Session = Schemas['SessionResponse'];
export type UserRole = Session['role'];
export type LoginRequest = Schemas['LoginDto'];
export type RenewalRequest = Schemas['RenewLinkDto'];
export type RenewalResponse = Schemas['RenewLinkResponse'];

export type Attachment = Schemas['AttachmentLink'];
export type UploadLimits = Schemas['UploadLimits'];

export type ReportView = Schemas['ReportViewResponse'];
export type ReportHistoryEntry = ReportView['history'][number];
export type AssignmentStatus = ReportView['assignment']['status'];
export type AssignmentRole = ReportView['assignment']['role'];
export type SubmissionResponse = Schemas['SubmissionResponse'];

export type AssignmentPage = Schemas['AssignmentPage'];
export type AssignmentSummary = Schemas['AssignmentListItemResponse'];

export type Briefing = Schemas['BriefingResponse'];
export type InspectionStatus = Briefing['inspection']['status'];
export type InspectionTarget = Schemas['BriefingTarget'];
export type Finding = Schemas['FindingResponse'];
export type Rating = Finding['rating'];

export type Plan = Schemas['PlanResponse'];
export type PlanStatus = Plan['status'];
export type PlanProgress = Schemas['PlanProgressResponse'];

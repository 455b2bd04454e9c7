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
export type ChangePasswordRequest = Schemas['ChangePasswordDto'];
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

// The directory, users, calendar, inspections and audit trail of the console.
export type Agency = Schemas['AgencyResponse'];
export type AgencyKind = Agency['kind'];
export type AgencyPage = Schemas['AgencyPage'];
export type CreateAgencyRequest = Schemas['CreateAgencyDto'];
export type UpdateAgencyRequest = Schemas['UpdateAgencyDto'];
export type DirectoryImportResult = Schemas['DirectoryImportResponse'];
export type RejectedRow = Schemas['RejectedRowResponse'];
export type AgencyGroup = Schemas['AgencyGroupResponse'];
export type AgencyGroupPage = Schemas['AgencyGroupPage'];
export type CreateAgencyGroupRequest = Schemas['CreateAgencyGroupDto'];
export type UpdateAgencyGroupRequest = Schemas['UpdateAgencyGroupDto'];
export type User = Schemas['UserResponse'];
export type UserPage = Schemas['UserPage'];
export type CreateUserRequest = Schemas['CreateUserDto'];
export type UpdateUserRequest = Schemas['UpdateUserDto'];
export type CalendarYear = Schemas['CalendarYearResponse'];
export type CalendarChange = Schemas['CalendarChangeResponse'];
export type UpdateCalendarRequest = Schemas['UpdateCalendarYearDto'];
export type DayOff = Schemas['DayOffResponse'];
export type HolidayName = Schemas['AnnouncedBreakDto']['holiday'];
export type AnnouncedBreak = Schemas['AnnouncedBreakDto'];
export type Inspection = Schemas['InspectionResponse'];
export type InspectionPage = Schemas['InspectionPage'];
export type AuditEvent = Schemas['AuditEventResponse'];
export type AuditEventPage = Schemas['AuditEventPage'];

// The console's plans list, a plan's dashboard and an agency's page.
export type PlanOverview = Schemas['PlanOverviewResponse'];
export type PlanOverviewPage = Schemas['PlanOverviewPage'];
export type PlanStatusReport = Schemas['PlanStatusReportResponse'];
export type AgencyStatusReport = Schemas['AgencyStatusReportResponse'];
export type BucketTally = Schemas['BucketTallyResponse'];
export type TaskTally = Schemas['TaskTallyResponse'];
export type AgencyTally = Schemas['AgencyTallyResponse'];
export type PlanTally = Schemas['PlanTallyResponse'];
export type Ranking = Schemas['RankingResponse'];
export type RankedAgency = Schemas['RankedAgencyResponse'];
export type PlanTask = Schemas['TaskResponse'];
export type PlanTaskPage = Schemas['TaskPage'];

// Plan intake: import, draft review, activation.
export type PlanImport = Schemas['PlanImportResponse'];
export type PlanImportJob = Schemas['PlanImportJobResponse'];
export type Task = Schemas['TaskResponse'];
export type TaskPage = Schemas['TaskPage'];
export type TaskAgency = Schemas['TaskAgencyResponse'];
export type TaskAgencyRole = TaskAgency['role'];
export type CreateTaskRequest = Schemas['CreateTaskDto'];
export type UpdateTaskRequest = Schemas['UpdateTaskDto'];
export type SetTaskAgenciesRequest = Schemas['SetTaskAgenciesDto'];
export type DraftReview = Schemas['DraftReviewResponse'];
export type TaskReview = Schemas['TaskReviewResponse'];
export type ReviewName = Schemas['ReviewNameResponse'];
export type ActivationPreview = Schemas['ActivationPreviewResponse'];
export type ActivateRequest = Schemas['ActivatePlanDto'];
export type PlanActivation = Schemas['PlanActivationResponse'];
export type TriggerTaskRequest = Schemas['TriggerTaskDto'];
export type CancelPlanRequest = Schemas['CancelPlanDto'];
export type AgencyOption = Schemas['AgencyResponse'];
export type AgencyOptionPage = Schemas['AgencyPage'];
export type AgencyGroupOptionPage = Schemas['AgencyGroupPage'];
export type AgencyGroupDetail = Schemas['AgencyGroupDetailResponse'];

// Assignment desk: an assignment's timeline, the coordinator's actions, and the bulk actions.
export type AssignmentTimeline = Schemas['AssignmentTimelineResponse'];
export type TimelineEvent = Schemas['TimelineEvent'];
export type TimelineEmail = Schemas['TimelineEmail'];
export type AssignmentState = Schemas['AssignmentStateResponse'];
export type ReviewAssignmentRequest = Schemas['ReviewAssignmentDto'];
export type ExtendDeadlineRequest = Schemas['ExtendDeadlineDto'];
export type WaiveAssignmentRequest = Schemas['WaiveAssignmentDto'];
export type ReassignAssignmentRequest = Schemas['ReassignAssignmentDto'];
export type ExtendOpenRequest = Schemas['ExtendOpenDto'];
export type ExtendOpenResult = Schemas['ExtendOpenResponse'];
export type MergePreview = Schemas['MergePreviewResponse'];
export type MergeAgencyRequest = Schemas['MergeAgencyDto'];
export type AgencyMergerResult = Schemas['AgencyMergerResponse'];

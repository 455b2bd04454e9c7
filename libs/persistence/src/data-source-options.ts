import { type DataSourceOptions } from 'typeorm';
import { AgencyEntity } from './agencies/agency.entity';
import { AgencyGroupMemberEntity } from './agency-groups/agency-group-member.entity';
import { AgencyGroupEntity } from './agency-groups/agency-group.entity';
import { AssignmentEventEntity } from './assignments/assignment-event.entity';
import { AssignmentEntity } from './assignments/assignment.entity';
import { AuditEventEntity } from './audit/audit-event.entity';
import { CalendarAdjustmentEntity } from './calendar/calendar-adjustment.entity';
import { CalendarFeedEntity } from './calendar-feeds/calendar-feed.entity';
import { InspectionFindingEntity } from './inspections/inspection-finding.entity';
import { InspectionEntity } from './inspections/inspection.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { PersonalLinkEntity } from './personal-links/personal-link.entity';
import { PlanEntity } from './plans/plan.entity';
import { ScoringRubricEntity } from './scoring/scoring-rubric.entity';
import { SubmissionEntity } from './submissions/submission.entity';
import { TaskAgencyEntity } from './tasks/task-agency.entity';
import { DigestItemEntity } from './digests/digest-item.entity';
import { PlanImportJobEntity } from './import-jobs/plan-import-job.entity';
import { TaskEntity } from './tasks/task.entity';
import { UserEntity } from './users/user.entity';
import { CreatePlansAndOutbox1763827200000 } from './migrations/1763827200000-create-plans-and-outbox';
import { CreateRegistry1763900000000 } from './migrations/1763900000000-create-registry';
import { CreateCalendarAdjustments1763950000000 } from './migrations/1763950000000-create-calendar-adjustments';
import { CreatePersonalLinksAndFindings1764500000000 } from './migrations/1764500000000-create-personal-links-and-findings';
import { ClaimOutboxRows1764600000000 } from './migrations/1764600000000-claim-outbox-rows';
import { RecordRefusedRecipients1764700000000 } from './migrations/1764700000000-record-refused-recipients';
import { OrderWorkflowWrites1764800000000 } from './migrations/1764800000000-order-workflow-writes';
import { RecordAgencyMergers1764900000000 } from './migrations/1764900000000-record-agency-mergers';
import { MarkReportTasks1765000000000 } from './migrations/1765000000000-mark-report-tasks';
import { CreateDigestItems1765100000000 } from './migrations/1765100000000-create-digest-items';
import { CreateAssignmentEvents1765200000000 } from './migrations/1765200000000-create-assignment-events';
import { RecordCredentialChanges1765500000000 } from './migrations/1765500000000-record-credential-changes';
import { CreateScoringRubrics1765300000000 } from './migrations/1765300000000-create-scoring-rubrics';
import { CreateCalendarFeeds1765400000000 } from './migrations/1765400000000-create-calendar-feeds';
import { WaitForTheRelay1765600000000 } from './migrations/1765600000000-wait-for-the-relay';
import { BindAccountsToProvinces1765700000000 } from './migrations/1765700000000-bind-accounts-to-provinces';
import { CreatePlanImportJobs1765800000000 } from './migrations/1765800000000-create-plan-import-jobs';
import { FoldDashesInSearchKeys1765900000000 } from './migrations/1765900000000-fold-dashes-in-search-keys';
import { IndexPlanAssignmentsInListOrder1766000000000 } from './migrations/1766000000000-index-plan-assignments-in-list-order';
import { KeepAssignmentCounts1766100000000 } from './migrations/1766100000000-keep-assignment-counts';
import { IndexOverdueAssignments1766200000000 } from './migrations/1766200000000-index-overdue-assignments';
import { RememberIdempotencyKeys1766300000000 } from './migrations/1766300000000-remember-idempotency-keys';

export const entities = [
  AgencyEntity,
  AgencyGroupEntity,
  AgencyGroupMemberEntity,
  PlanEntity,
  TaskEntity,
  TaskAgencyEntity,
  AssignmentEntity,
  AssignmentEventEntity,
  SubmissionEntity,
  NotificationEntity,
  InspectionEntity,
  InspectionFindingEntity,
  PersonalLinkEntity,
  UserEntity,
  AuditEventEntity,
  CalendarAdjustmentEntity,
  CalendarFeedEntity,
  DigestItemEntity,
  ScoringRubricEntity,
  PlanImportJobEntity,
];
export const migrations = [
  CreatePlansAndOutbox1763827200000,
  CreateRegistry1763900000000,
  CreateCalendarAdjustments1763950000000,
  CreatePersonalLinksAndFindings1764500000000,
  ClaimOutboxRows1764600000000,
  RecordRefusedRecipients1764700000000,
  OrderWorkflowWrites1764800000000,
  RecordAgencyMergers1764900000000,
  MarkReportTasks1765000000000,
  CreateDigestItems1765100000000,
  CreateAssignmentEvents1765200000000,
  CreateScoringRubrics1765300000000,
  CreateCalendarFeeds1765400000000,
  RecordCredentialChanges1765500000000,
  WaitForTheRelay1765600000000,
  BindAccountsToProvinces1765700000000,
  CreatePlanImportJobs1765800000000,
  FoldDashesInSearchKeys1765900000000,
  IndexPlanAssignmentsInListOrder1766000000000,
  KeepAssignmentCounts1766100000000,
  IndexOverdueAssignments1766200000000,
  RememberIdempotencyKeys1766300000000,
];

/** Schema changes only through migrations: never synchronised at run time. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    applicationName: 'dondoc',
    // A database that is down or unreachable fails a request within seconds (503) instead of holding it open,
    // and an activity retries; no statement of ours runs for half a minute.
    connectTimeoutMS: 5_000,
    // pg closes a connection idle for 10 s by default, so a burst after a pause opened them all again: a fork each,
    // slowest on a machine whose cores are busy (OCR, a reminder burst), where a connect past 5 s answered 503.
    extra: { statement_timeout: 30_000, query_timeout: 35_000, idleTimeoutMillis: 5 * 60_000 },
  };
}

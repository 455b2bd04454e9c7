import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';

import { AgencyRepository } from './agencies/agency.repository';
import { AgencyGroupRepository } from './agency-groups/agency-group.repository';
import { AssignmentHistoryRepository } from './assignments/assignment-history.repository';
import { AssignmentRepository } from './assignments/assignment.repository';
import { AuditEventRepository } from './audit/audit-event.repository';
import { CalendarAdjustmentRepository } from './calendar/calendar-adjustment.repository';
import { CalendarFeedRepository } from './calendar-feeds/calendar-feed.repository';
import { dataSourceOptions } from './data-source-options';
import { IdempotencyKeyRepository } from './idempotency/idempotency-key.repository';
import { InspectionFindingRepository } from './inspections/inspection-finding.repository';
import { InspectionRepository } from './inspections/inspection.repository';
import { NotificationRepository } from './notifications/notification.repository';
import { PersonalLinkRepository } from './personal-links/personal-link.repository';
import { PlanRepository } from './plans/plan.repository';
import { ScoringRubricRepository } from './scoring/scoring-rubric.repository';
import { ProvinceLookup } from './provinces/province-lookup';
import { SubmissionRepository } from './submissions/submission.repository';
import { TaskRepository } from './tasks/task.repository';
import { UserRepository } from './users/user.repository';
import { DigestItemRepository } from './digests/digest-item.repository';
import { PlanImportJobRepository } from './import-jobs/plan-import-job.repository';

const repositories = [
  AgencyRepository,
  AgencyGroupRepository,
  PlanRepository,
  TaskRepository,
  AssignmentRepository,
  AssignmentHistoryRepository,
  SubmissionRepository,
  NotificationRepository,
  InspectionRepository,
  InspectionFindingRepository,
  PersonalLinkRepository,
  UserRepository,
  AuditEventRepository,
  CalendarAdjustmentRepository,
  CalendarFeedRepository,
  DigestItemRepository,
  ScoringRubricRepository,
  PlanImportJobRepository,
  IdempotencyKeyRepository,
  ProvinceLookup,
];

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.database.url), retryAttempts: 3 }),
    }),
  ],
  providers: repositories,
  exports: repositories,
})
export class PersistenceModule {}

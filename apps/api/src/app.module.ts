import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@dondoc/auth';
import { AppConfigModule, type AppConfig } from '@dondoc/config';
import { PersistenceModule } from '@dondoc/persistence';
import { TemporalClientModule } from '@dondoc/temporal';
import { ActivationPreviewModule } from './activation-preview/activation-preview.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AgencyGroupsModule } from './agency-groups/agency-groups.module';
import { AgencyMergersModule } from './agency-mergers/agency-mergers.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { AssignmentTimelineModule } from './assignment-timeline/assignment-timeline.module';
import { AuditModule } from './audit/audit.module';
import { AuthApiModule } from './auth/auth-api.module';
import { BulkActionsModule } from './bulk-actions/bulk-actions.module';
import { CalendarModule } from './calendar/calendar.module';
import { CalendarFeedsModule } from './calendar-feeds/calendar-feeds.module';
import { DirectoryApiModule } from './directory/directory-api.module';
import { HealthModule } from './health/health.module';
import { InspectionsModule } from './inspections/inspections.module';
import { PersonalLinksModule } from './personal-links/personal-links.module';
import { PlanActivationModule } from './plan-activation/plan-activation.module';
import { PlanImportModule } from './plan-import/plan-import.module';
import { PlanOverviewModule } from './plan-overview/plan-overview.module';
import { PlanPolicyModule } from './plan-policy/plan-policy.module';
import { PlanProgressModule } from './plan-progress/plan-progress.module';
import { PlansModule } from './plans/plans.module';
import { ScoringRubricsModule } from './scoring-rubrics/scoring-rubrics.module';
import { ReportExportsModule } from './report-exports/report-exports.module';
import { StatusReportsModule } from './status-reports/status-reports.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        PersistenceModule,
        TemporalClientModule,
        AuthModule,
        HealthModule,
        AuditModule,
        AuthApiModule,
        AgenciesModule,
        DirectoryApiModule,
        AgencyGroupsModule,
        AgencyMergersModule,
        PlanOverviewModule,
        PlansModule,
        PlanImportModule,
        TasksModule,
        AssignmentsModule,
        AssignmentTimelineModule,
        BulkActionsModule,
        PlanActivationModule,
        ActivationPreviewModule,
        PlanProgressModule,
        StatusReportsModule,
        ReportExportsModule,
        PlanPolicyModule,
        SubmissionsModule,
        InspectionsModule,
        UsersModule,
        CalendarModule,
        CalendarFeedsModule,
        PersonalLinksModule,
        ScoringRubricsModule,
      ],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@dondoc/config';
import { MailModule } from '@dondoc/mail';
import { PersistenceModule } from '@dondoc/persistence';
import { PostgresAssignmentStore } from './assignments/assignment.store';
import { PostgresInspectionStore } from './inspections/inspection.store';
import { PostgresPlanStore } from './plans/plan.store';
import { PostgresTaskPeriodStore } from './tasks/task-period.store';

export const WORKER_STORES = [
  PostgresAssignmentStore,
  PostgresInspectionStore,
  PostgresPlanStore,
  PostgresTaskPeriodStore,
];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule, MailModule],
      providers: WORKER_STORES,
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule } from '@dondoc/auth';
import { AppConfigModule, type AppConfig } from '@dondoc/config';
import { PersistenceModule } from '@dondoc/persistence';
import { TemporalClientModule } from '@dondoc/temporal';
import { AgenciesModule } from './agencies/agencies.module';
import { AgencyGroupsModule } from './agency-groups/agency-groups.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuthApiModule } from './auth/auth-api.module';
import { DirectoryApiModule } from './directory/directory-api.module';
import { HealthModule } from './health/health.module';
import { PlansModule } from './plans/plans.module';
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
        AuthApiModule,
        AgenciesModule,
        DirectoryApiModule,
        AgencyGroupsModule,
        PlansModule,
        TasksModule,
        AssignmentsModule,
        UsersModule,
      ],
    };
  }
}

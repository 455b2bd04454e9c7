import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfigModule, type AppConfig } from '@dondoc/config';
import { PersistenceModule } from '@dondoc/persistence';
import { TemporalClientModule } from '@dondoc/temporal';
import { HealthModule } from './health/health.module';
import { PlansModule } from './plans/plans.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [AppConfigModule.forRoot(config), PersistenceModule, TemporalClientModule, HealthModule, PlansModule],
    };
  }
}

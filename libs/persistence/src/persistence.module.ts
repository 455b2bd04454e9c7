import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';

import { dataSourceOptions } from './data-source-options';
import { NotificationRepository } from './notifications/notification.repository';
import { PlanRepository } from './plans/plan.repository';

const repositories = [PlanRepository, NotificationRepository];

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

import { type DataSourceOptions } from 'typeorm';
import { NotificationEntity } from './notifications/notification.entity';
import { PlanEntity } from './plans/plan.entity';
import { CreatePlansAndOutbox1763827200000 } from './migrations/1763827200000-create-plans-and-outbox';

export const entities = [PlanEntity, NotificationEntity];
export const migrations = [CreatePlansAndOutbox1763827200000];

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
  };
}

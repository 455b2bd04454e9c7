export * from './data-source-options';
export * from './migrate';
export * from './notifications/notification.entity';
export * from './notifications/notification.repository';
export * from './persistence.module';
export * from './plans/plan.entity';
export * from './plans/plan.repository';

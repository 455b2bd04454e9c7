export * from './plan-intake.contract';
export * from './search-attributes';
export * from './task-queue';
export * from './workflow-ids';

export * from './assignment.contract';
export * from './inspection.contract';
export * from './plan-intake.contract';
export * from './search-attributes';
export * from './task-queue';
export * from './workflow-ids';
export * from './plan-orchestration.contract';

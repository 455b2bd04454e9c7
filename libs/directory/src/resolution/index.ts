export * from './agency-resolver';
export { nameKey } from './name-key';
export { provinceMentions } from './province-mentions';
export * from './task-agencies';

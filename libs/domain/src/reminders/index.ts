export * from './reminder-policy';
export * from './plan-reminders';

export * from './dates';
export * from './schedules';
export * from './calendar';
export * from './reminders';
export * from './inspections';
export * from './text';
export * from './orchestration/plan-periods';
export * from './orchestration/coordination';

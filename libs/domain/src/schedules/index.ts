export * from './schedule.types';
export * from './interpret-timeframe';
export * from './deadlines';

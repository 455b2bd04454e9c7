export * from './lunar-calendar';
export * from './holidays';
export * from './announced-adjustments';
export * from './working-calendar';

export * from './seeded-random';
export * from './inspection-targets';

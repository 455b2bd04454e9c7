export * from './seeded-random';
export * from './inspection-targets';
export * from './inspector-rota';

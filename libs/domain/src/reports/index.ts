export * from './assignment-history';
export * from './status-buckets';
export * from './scoring-rubric';
export * from './scoring';
export * from './scoring-ranking';
export * from './labels';

export * from './iso-date';
export * from './local-time';

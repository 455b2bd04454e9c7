export * from './app-config';
export * from './devstack-config';
export { ConfigError } from './env-reader';
export * from './config.module';
export * from './run-process';

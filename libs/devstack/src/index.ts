export * from './embedded-postgres';
export * from './free-port';
export * from './mail-sink';
export * from './progress';
export * from './service-process';
export * from './temporal-cli';
export * from './temporal-dev-server';
export * from './temporal-test-server';

export * from './temporal-client.module';
export * from './connection-options';

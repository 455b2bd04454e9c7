export * from './mail-sender';
export * from './mail.module';

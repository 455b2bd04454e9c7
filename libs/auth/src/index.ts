export * from './access-tokens';
export * from './actor';
export * from './auth.module';
export * from './current-actor.decorator';
export * from './password-hasher';
export * from './public.decorator';
export * from './roles.decorator';

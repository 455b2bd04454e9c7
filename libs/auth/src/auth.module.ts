import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokens } from './access-tokens';
import { AuthenticationGuard } from './authentication.guard';
import { PasswordHasher } from './password-hasher';
import { RolesGuard } from './roles.guard';
import { SessionTokens } from './session-tokens';

/** Importing it protects every route: authentication first, then the route's roles. */
@Global()
@Module({
  providers: [
    PasswordHasher,
    AccessTokens,
    SessionTokens,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [PasswordHasher, AccessTokens, SessionTokens],
})
export class AuthModule {}

import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokens } from './access-tokens';
import { AuthenticationGuard } from './authentication.guard';
import { PasswordHasher } from './password-hasher';
import { ProvinceGuard } from './province.guard';
import { RolesGuard } from './roles.guard';
import { SessionTokens } from './session-tokens';

/** Importing it protects every route: authentication first, then the route's roles, then the caller's province. */
@Global()
@Module({
  providers: [
    PasswordHasher,
    AccessTokens,
    SessionTokens,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: ProvinceGuard },
  ],
  exports: [PasswordHasher, AccessTokens, SessionTokens],
})
export class AuthModule {}

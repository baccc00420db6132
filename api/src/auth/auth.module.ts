import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SecretTokenService } from '../common/secret-token.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

@Module({
  providers: [
    AuthService,
    AuthResolver,
    PasswordService,
    SessionService,
    LoginThrottleService,
    SecretTokenService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, PasswordService, SessionService, SecretTokenService],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { SecretBoxService } from '../../platform/secret-box.service';
import { SecretTokenService } from '../../platform/secret-token.service';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { TotpService } from './totp.service';

@Module({
  providers: [
    AuthService,
    AuthResolver,
    PasswordService,
    SessionService,
    LoginThrottleService,
    SecretTokenService,
    SecretBoxService,
    TotpService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, PasswordService, SessionService, SecretTokenService, LoginThrottleService],
})
export class AuthModule {}

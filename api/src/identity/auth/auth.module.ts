import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { LiveModule } from '../../platform/live/live.module';
import { SecretBoxService } from '../../platform/secret-box.service';
import { SecretTokenService } from '../../platform/secret-token.service';
import { PeopleModule } from '../people/people.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { DeviceCookieService } from './device-cookie.service';
import { LoginAttemptsRepository } from './login-attempts.repository';
import { LoginThrottleService } from './login-throttle.service';
import { MeReader } from './me.reader';
import { PasswordService } from './password.service';
import { RecoveryCodesRepository } from './recovery-codes.repository';
import { RecoveryCodesService } from './recovery-codes.service';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { SignedInReader } from './signed-in.reader';
import { TotpService } from './totp.service';

/** Signing in: sessions, the sign-in throttle, passwords, two-step codes, and the guard. */
@Module({
  imports: [PeopleModule, LiveModule],
  providers: [
    AuthService,
    AuthResolver,
    PasswordService,
    SessionService,
    SessionsRepository,
    SignedInReader,
    MeReader,
    LoginThrottleService,
    LoginAttemptsRepository,
    SecretTokenService,
    SecretBoxService,
    TotpService,
    DeviceCookieService,
    RecoveryCodesService,
    RecoveryCodesRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    AuthService,
    PasswordService,
    SessionService,
    SecretTokenService,
    SecretBoxService,
    LoginThrottleService,
    DeviceCookieService,
    TotpService,
  ],
})
export class AuthModule {}

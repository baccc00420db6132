import { Inject, Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { CLOCK, Clock } from '../common/clock';
import { SecretBoxService } from '../common/secret-box.service';

/** Time-based one-time codes (RFC 6238) for staff sign-in, through otplib. */
@Injectable()
export class TotpService {
  constructor(
    private readonly box: SecretBoxService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  newSecret(): { secret: string; sealed: string } {
    const secret = generateSecret();
    return { secret, sealed: this.box.seal(secret) };
  }

  uri(secret: string, accountName: string): string {
    return generateURI({ issuer: 'Homeward', label: accountName, secret });
  }

  /** Accepts the current code and the one just before or after it (phone clocks drift). */
  verify(sealedSecret: string, code: string): boolean {
    if (!/^\d{6}$/.test(code)) return false;
    const result = verifySync({
      secret: this.box.open(sealedSecret),
      token: code,
      epoch: Math.floor(this.clock.now().getTime() / 1000),
      epochTolerance: 30,
    });
    return result.valid;
  }
}
